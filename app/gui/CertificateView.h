#pragma once

#include "transcript/HtmlReport.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace md::gui {

/// The server's certificate chain (subject, issuer, names, validity with days left, SHA-256 and
/// SPKI fingerprints) and why verification failed. For a certificate that did not verify,
/// "Trust this server's key…" first shows a plain warning; only "Trust and check again" pins
/// the leaf's SPKI (trustConfirmed).
class CertificateView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);

    void setEntries(const QList<ReportEntry> &entries);
    void clear();
    /// Shows the warning for pinning the key of `protocol`'s server (the first step of trusting).
    void requestTrust(Protocol protocol);
    [[nodiscard]] QPushButton *trustButton() const { return m_trust; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void trustConfirmed(md::Protocol protocol, const QByteArray &spkiSha256);

private:
    QLabel *m_verdict = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_trust = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_decline = nullptr;
    QList<ReportEntry> m_entries;
    Protocol m_candidateProtocol = Protocol::Smtp;
    QByteArray m_candidateSpki;
};

}  // namespace md::gui
