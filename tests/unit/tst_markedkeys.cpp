// Issue 15: "added since you last looked" marks signal only the rows whose mark changed. The diff and the grouping
// into runs (MarkedKeys), then KeyedListModel::setMarkedKeys() under QAbstractItemModelTester: which dataChanged()
// ranges it emits for no change, a few changes, adjacent rows, and many scattered rows (one full range).
#include "models/keyedlistmodel.h"
#include "models/markedkeys.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

struct Item
{
    QString key;
    friend bool operator==(const Item &a, const Item &b) { return a.key == b.key; }
};

class ItemModel : public KeyedListModel<Item>
{
public:
    using KeyedListModel::KeyedListModel;

    void set(int count)
    {
        QList<Item> next;
        for (int i = 0; i < count; ++i)
            next.append({key(i)});
        mergeItems(next);
    }
    static QString key(int i) { return QStringLiteral("k%1").arg(i, 5, 10, QLatin1Char('0')); }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return m_items.at(index.row()).key;
    }

protected:
    QString keyOf(const Item &item) const override { return item.key; }
};

using Ranges = QList<QPair<int, int>>;

Ranges rangesOf(const QSignalSpy &spy)
{
    Ranges out;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        out.append({topLeft.row(), bottomRight.row()});
    }
    return out;
}

QSet<QString> keys(std::initializer_list<int> rows)
{
    QSet<QString> out;
    for (int row : rows)
        out.insert(ItemModel::key(row));
    return out;
}

} // namespace

class MarkedKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void changedIsTheSymmetricDifference()
    {
        const QSet<QString> a{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QSet<QString> b{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        QCOMPARE(MarkedKeys::changed(a, b), (QSet<QString>{QStringLiteral("a"), QStringLiteral("d")}));
        QCOMPARE(MarkedKeys::changed(a, a), QSet<QString>());
        QCOMPARE(MarkedKeys::changed({}, b), b);
        QCOMPARE(MarkedKeys::changed(a, {}), a);
    }

    void runsGroupAdjacentRows()
    {
        QCOMPARE(MarkedKeys::runs({}), Ranges());
        QCOMPARE(MarkedKeys::runs({5}), (Ranges{{5, 5}}));
        QCOMPARE(MarkedKeys::runs({7, 3, 4, 5, 9, -1, 4}), (Ranges{{3, 5}, {7, 7}, {9, 9}}));
        QCOMPARE(MarkedKeys::runs({2, 1, 0}), (Ranges{{0, 2}}));
    }

    void setMarkedKeysSignalsOnlyChangedRows()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(1000);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);

        model.setMarkedKeys({});
        QCOMPARE(spy.count(), 0); // nothing marked before or after

        model.setMarkedKeys(keys({10, 11, 12, 500}));
        QCOMPARE(rangesOf(spy), (Ranges{{10, 12}, {500, 500}}));
        QVERIFY(model.isMarked(ItemModel::key(11)));
        spy.clear();

        model.setMarkedKeys(keys({10, 11, 12, 500}));
        QCOMPARE(spy.count(), 0); // the same marks again: no repaint, no re-sort

        model.setMarkedKeys(keys({11, 12, 700}));
        QCOMPARE(rangesOf(spy), (Ranges{{10, 10}, {500, 500}, {700, 700}}));
        QVERIFY(!model.isMarked(ItemModel::key(10)));
        spy.clear();

        model.setMarkedKeys({QStringLiteral("gone")}); // a key without a row: only the old marks' rows
        QCOMPARE(rangesOf(spy), (Ranges{{11, 12}, {700, 700}}));
        spy.clear();

        // Many scattered rows: one signal over every row instead of hundreds.
        QSet<QString> many;
        for (int row = 0; row < 1000; row += 2)
            many.insert(ItemModel::key(row));
        model.setMarkedKeys(many);
        QCOMPARE(rangesOf(spy), (Ranges{{0, 999}}));
        for (const QList<QVariant> &args : spy)
            QCOMPARE(args.at(1).value<QModelIndex>().column(), 1); // every column of the rows
    }

    void emptyModelSignalsNothing()
    {
        ItemModel model;
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setMarkedKeys(keys({1, 2}));
        QCOMPARE(spy.count(), 0);
        QVERIFY(model.isMarked(ItemModel::key(1)));
    }
};

QTEST_GUILESS_MAIN(MarkedKeysTest)
#include "tst_markedkeys.moc"
