#include "dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>

#include <algorithm>

namespace {

class FitFilter : public QObject
{
public:
    explicit FitFilter(QDialog *dialog) : QObject(dialog), m_dialog(dialog) { }

    void fit()
    {
        const int height = DialogFit::contentHeight(m_dialog);
        if (m_dialog->minimumHeight() != height || m_dialog->maximumHeight() != height)
            m_dialog->setFixedHeight(height);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A part shown or hidden posts a LayoutRequest; a new width changes how wrapped labels fold.
        if (watched == m_dialog
            && (event->type() == QEvent::LayoutRequest
                || (event->type() == QEvent::Resize && m_dialog->width() != m_lastWidth))) {
            m_lastWidth = m_dialog->width();
            fit();
        }
        return false;
    }

private:
    QDialog *m_dialog;
    int m_lastWidth = -1;
};

} // namespace

namespace DialogFit {

int contentHeight(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return dialog->sizeHint().height();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    return qMax(needed, layout->totalMinimumSize().height());
}

void apply(QDialog *dialog, int minimumChars, Mode mode)
{
    const int minimumWidth = dialog->fontMetrics().averageCharWidth() * minimumChars;
    dialog->setMinimumWidth(qMax(dialog->minimumWidth(), minimumWidth));
    QLayout *layout = dialog->layout();
    if (layout)
        layout->activate();
    // What the content prefers, but no narrower than readable lines and no wider than half as much again.
    const int preferred = layout ? qMin(layout->totalSizeHint().width(), minimumWidth * 3 / 2) : 0;
    const int width = std::max({minimumWidth, dialog->minimumWidth(), preferred,
                                layout ? layout->totalMinimumSize().width() : 0});
    dialog->resize(width, dialog->height());
    if (mode == Mode::FollowContent) {
        auto *filter = new FitFilter(dialog);
        dialog->installEventFilter(filter);
        filter->fit();
    } else {
        dialog->resize(width, contentHeight(dialog));
    }
}

} // namespace DialogFit
