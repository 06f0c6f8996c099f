#pragma once

#include "transcript/HtmlReport.h"

#include <QScrollArea>
#include <QVariantMap>

class QVBoxLayout;

namespace md::gui {

/// The findings of a run, most important first: severity icon and word, title, detail, and for a
/// finding with a fix an "Apply fix and retry" button that says what it will change. An untrusted
/// certificate offers "Trust this server's key…" (handled by the certificate view); a check that
/// could not log in because its OAuth2 sign-in is missing or dead offers "Sign in again…".
class FindingsView : public QScrollArea
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setEntries(const QList<ReportEntry> &entries);
    /// The failed check of `protocol` needs a new OAuth2 sign-in: its findings offer "Sign in
    /// again…" (from the next setEntries() until clear()).
    void offerSignIn(Protocol protocol);
    void clear();
    /// A person's description of a fix: "Security: Implicit TLS (SSL/TLS), Port: 465".
    [[nodiscard]] static QString describeFix(const QVariantMap &fix);
    /// What a passed check proved, in words ("Logged in as alice.").
    [[nodiscard]] static QString passedSummary(const ReportEntry &entry);

Q_SIGNALS:
    void applyFixRequested(md::Protocol protocol, const QVariantMap &fix);
    void trustRequested(md::Protocol protocol);
    void signInRequested(md::Protocol protocol);

private:
    void replaceContent();

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<Protocol> m_signIn;  ///< offerSignIn()
};

}  // namespace md::gui
