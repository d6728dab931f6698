// KeyedListModel's keyed merge, without a server: inserts, in-place updates, removals in blocks, a reordered list,
// upsert and remove of one row. Persistent indexes must follow their rows; QAbstractItemModelTester checks every
// signal sequence against Qt's model contract.
#include "models/keyedlistmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

struct Item
{
    QString key;
    QString value;
    friend bool operator==(const Item &a, const Item &b) { return a.key == b.key && a.value == b.value; }
};

/// The smallest KeyedListModel: two columns (key, value), rows given by the test instead of an ApiClient.
class ItemModel : public KeyedListModel<Item>
{
public:
    using KeyedListModel::KeyedListModel;

    void merge(const QList<Item> &next) { mergeItems(next); }
    void upsert(const Item &item) { upsertItem(item); }
    void remove(const QString &key) { removeItem(key); }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const Item &item = m_items.at(index.row());
        return index.column() == 0 ? item.key : item.value;
    }

protected:
    QString keyOf(const Item &item) const override { return item.key; }
};

QList<Item> items(const QString &keys, const QString &value = QStringLiteral("v"))
{
    QList<Item> out;
    for (const QChar key : keys)
        out.append({QString(key), value});
    return out;
}

QString keys(const ItemModel &model)
{
    QString out;
    for (const Item &item : model.items())
        out += item.key;
    return out;
}

} // namespace

class TestKeyedListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertsIntoEmpty();
    void updatesInPlace();
    void removesInBlocks();
    void reorderedListKeepsRowsInPlace();
    void mixedMerge();
    void upsertAndRemoveOneRow();
    void clearForgetsRows();

private:
    std::unique_ptr<ItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestKeyedListModel::init()
{
    m_model = std::make_unique<ItemModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestKeyedListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestKeyedListModel::insertsIntoEmpty()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->merge(items(QStringLiteral("abc")));
    QCOMPARE(keys(*m_model), QStringLiteral("abc"));
    QCOMPARE(inserted.size(), 1); // one block
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("c")), 2);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("z")), -1);
}

void TestKeyedListModel::updatesInPlace()
{
    m_model->merge(items(QStringLiteral("abc")));
    const QPersistentModelIndex b = m_model->index(1, 1);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QList<Item> next = items(QStringLiteral("abc"));
    next[1].value = QStringLiteral("new");
    m_model->merge(next);

    QCOMPARE(changed.size(), 1); // only the row that changed
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), 1); // the whole row
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(b.isValid());
    QCOMPARE(b.row(), 1);
    QCOMPARE(b.data().toString(), QStringLiteral("new"));

    m_model->merge(next); // nothing new: no signal at all
    QCOMPARE(changed.size(), 1);
}

void TestKeyedListModel::removesInBlocks()
{
    m_model->merge(items(QStringLiteral("abcde")));
    const QPersistentModelIndex a = m_model->index(0, 0);
    const QPersistentModelIndex b = m_model->index(1, 0);
    const QPersistentModelIndex d = m_model->index(3, 0);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    m_model->merge(items(QStringLiteral("ad")));

    QCOMPARE(keys(*m_model), QStringLiteral("ad"));
    QCOMPARE(removed.size(), 2); // "e", then the block "bc" (bottom up)
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QVERIFY(a.isValid());
    QCOMPARE(a.row(), 0);
    QVERIFY(!b.isValid());
    QVERIFY(d.isValid());
    QCOMPARE(d.row(), 1);
    QCOMPARE(d.data().toString(), QStringLiteral("d"));
}

void TestKeyedListModel::reorderedListKeepsRowsInPlace()
{
    // The server may return the same rows in another order: the rows (and the user's selection) stay put.
    m_model->merge(items(QStringLiteral("abc")));
    const QPersistentModelIndex c = m_model->index(2, 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

    m_model->merge(items(QStringLiteral("cab")));

    QCOMPARE(keys(*m_model), QStringLiteral("abc"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(c.row(), 2);
}

void TestKeyedListModel::mixedMerge()
{
    m_model->merge(items(QStringLiteral("abcd")));
    const QPersistentModelIndex c = m_model->index(2, 1);
    QList<Item> next = items(QStringLiteral("ecxa"));
    next[1].value = QStringLiteral("changed"); // c

    m_model->merge(next);

    QCOMPARE(keys(*m_model), QStringLiteral("acex")); // survivors keep their order, new rows are appended
    QVERIFY(c.isValid());
    QCOMPARE(c.row(), 1);
    QCOMPARE(c.data().toString(), QStringLiteral("changed"));
    QCOMPARE(m_model->rowOfKey(QStringLiteral("x")), 3);
}

void TestKeyedListModel::upsertAndRemoveOneRow()
{
    m_model->merge(items(QStringLiteral("ab")));
    const QPersistentModelIndex b = m_model->index(1, 1);
    m_model->upsert({QStringLiteral("b"), QStringLiteral("written")});
    QCOMPARE(keys(*m_model), QStringLiteral("ab"));
    QCOMPARE(b.data().toString(), QStringLiteral("written"));
    m_model->upsert({QStringLiteral("c"), QStringLiteral("created")});
    QCOMPARE(keys(*m_model), QStringLiteral("abc"));

    m_model->remove(QStringLiteral("a"));
    QCOMPARE(keys(*m_model), QStringLiteral("bc"));
    QCOMPARE(b.row(), 0);
    m_model->remove(QStringLiteral("missing")); // nothing happens
    QCOMPARE(m_model->rowCount(), 2);
}

void TestKeyedListModel::clearForgetsRows()
{
    m_model->merge(items(QStringLiteral("ab")));
    const QPersistentModelIndex a = m_model->index(0, 0);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!a.isValid());
    QCOMPARE(m_model->state(), ResourceModel::State::Empty);
    m_model->reload(); // not bound: nothing to load, no request
    QCOMPARE(m_model->state(), ResourceModel::State::Empty);
}

QTEST_GUILESS_MAIN(TestKeyedListModel)
#include "tst_keyedlistmodel.moc"
