#pragma once

#include <QColor>
#include <QLabel>
#include <QList>
#include <QString>

/// The one way pages and dialogs show a status or error line. Whatever text it is given is shown as plain text:
/// the banner escapes it itself and shows invisible characters visibly (DisplayText), so a server's or a user's
/// words can never become markup, links or reordered text. Rich text exists only for the app's own actions, passed
/// as Link values (an id the page handles, and a label); hrefs never carry data. Colours come from the palette.
///
/// It is a QLabel so layouts, accessibility and tests see one text widget; use showMessage(), not setText().
class QTimer;

class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };
    Q_ENUM(Kind)

    /// One of the app's own actions offered after the text, e.g. {"retry", tr("Try again")}.
    struct Link
    {
        QString id;
        QString text;
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows \a text (plain; '\n' breaks lines, every other invisible character is shown) followed by \a links, and
    /// makes the banner visible; an empty text hides it.
    void showMessage(Kind kind, const QString &text, const QList<Link> &links = {});
    void showInfo(const QString &text, const QList<Link> &links = {}) { showMessage(Kind::Info, text, links); }
    void showError(const QString &text, const QList<Link> &links = {}) { showMessage(Kind::Error, text, links); }
    void clearMessage();

    /// An action offered after every message for \a msecs (e.g. "Undo" right after a change), whatever the page
    /// shows meanwhile, until it is triggered, expires or is cleared. Shown at once with the current message.
    void setTransientLink(const Link &link, int msecs);
    void clearTransientLink();
    bool hasTransientLink() const { return !m_transient.id.isEmpty(); }
    /// The links shown now (the page's, then the transient one), for tests.
    QList<Link> links() const { return m_links; }

    Kind kind() const { return m_kind; }
    /// The text as given (before escaping), for tests and accessibility.
    QString message() const { return m_message; }

    /// The colour that says \a kind in \a palette: the palette's Highlight, turned to amber for a warning and to red
    /// for an error (its saturation and brightness kept, so it belongs to the theme); Info keeps the theme's own hue.
    static QColor accent(const QPalette &palette, Kind kind);
    /// The banner's background for \a kind: the Window colour tinted with accent(), light enough in a light theme
    /// and dark enough in a dark one that WindowText stays readable on it.
    static QColor tint(const QPalette &palette, Kind kind);

    /// Marks a field hint (a QLabel next to an input) as \a kind: font weight and an accessible description, never
    /// a colour of its own. Kind::Info restores the normal look.
    static void styleHint(QLabel *label, Kind kind);
    /// The kind styleHint() last set on \a label (Info when never set).
    static Kind hintKind(const QLabel *label);

signals:
    /// The id of the Link the user activated.
    void linkTriggered(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using QLabel::setText; // everything goes through showMessage(), which escapes
    void applyKind();

    Kind m_kind = Kind::Info;
    QString m_message;
    QList<Link> m_links; ///< shown: m_givenLinks + m_transient
    QList<Link> m_givenLinks;
    Link m_transient;
    QTimer *m_transientTimer = nullptr;
};
