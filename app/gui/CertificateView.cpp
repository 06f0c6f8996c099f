#include "CertificateView.h"

#include "DiagnoseController.h"
#include "Icons.h"
#include "transcript/Report.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace md::gui {

namespace {

QString esc(const QString &text)
{
    return terminalSafe(text).toHtmlEscaped();
}

/// The first entry whose certificate did not verify and was not trusted by a pin.
const ReportEntry *untrusted(const QList<ReportEntry> &entries, std::optional<Protocol> protocol = std::nullopt)
{
    for (const ReportEntry &e : entries) {
        if (protocol && e.settings.protocol != *protocol)
            continue;
        if (e.result.tls && !e.result.tls->chain.isEmpty() && !e.result.tls->verified && !e.result.tls->pinned)
            return &e;
    }
    return nullptr;
}

}  // namespace

CertificateView::CertificateView(QWidget *parent) : QWidget(parent)
{
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Certificate verdict"));
    m_details = new QTextBrowser(this);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Certificate details"));
    m_trust = new QPushButton(icon("certificate"), tr("Trust this server's &key…"), this);
    m_trust->setObjectName(QStringLiteral("certTrustKey"));
    m_trust->setAccessibleName(tr("Trust this server's key"));

    m_warning = new QFrame(this);
    m_warning->setFrameShape(QFrame::StyledPanel);
    auto *warningLayout = new QHBoxLayout(m_warning);
    auto *warningIcon = new QLabel(m_warning);
    warningIcon->setPixmap(icon("warning").pixmap(32, 32));
    warningIcon->setAlignment(Qt::AlignTop);
    m_warningText = new QLabel(m_warning);
    m_warningText->setWordWrap(true);
    m_confirm = new QPushButton(tr("Trust this key and check a&gain"), m_warning);
    m_confirm->setObjectName(QStringLiteral("confirmTrust"));
    m_confirm->setAccessibleName(tr("Trust this key and check again"));
    m_decline = new QPushButton(tr("Don't trust it"), m_warning);
    m_decline->setAccessibleName(tr("Do not trust this key"));
    auto *warningButtons = new QVBoxLayout;
    warningButtons->addWidget(m_confirm);
    warningButtons->addWidget(m_decline);
    warningButtons->addStretch(1);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(m_warningText, 1);
    warningLayout->addLayout(warningButtons);
    m_warning->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_verdict);
    layout->addWidget(m_warning);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (const ReportEntry *e = untrusted(m_entries))
            requestTrust(e->settings.protocol);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        m_warning->hide();
        m_candidateSpki.clear();
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_warning->hide();
        if (!m_candidateSpki.isEmpty())
            emit trustConfirmed(m_candidateProtocol, m_candidateSpki);
    });
    clear();
}

void CertificateView::clear()
{
    m_entries.clear();
    m_verdict->setText(tr("No certificate yet: run a check."));
    m_details->clear();
    m_trust->setEnabled(false);
    m_warning->hide();
}

void CertificateView::setEntries(const QList<ReportEntry> &entries)
{
    m_entries = entries;
    m_warning->hide();
    QString html;
    QStringList verdicts;
    for (const ReportEntry &e : entries) {
        const QString who = DiagnoseController::sourceName(e.settings.protocol);
        if (!e.result.tls) {
            verdicts << tr("%1: no encrypted connection was made.").arg(who);
            continue;
        }
        const TlsReport &tls = *e.result.tls;
        if (tls.pinned)
            verdicts << tr("%1: trusted, because its key matches the key you chose to trust.").arg(who);
        else if (tls.verified)
            verdicts << tr("%1: verified: the certificate is valid for %2 and issued by a trusted authority.")
                            .arg(who, esc(tls.peerName));
        else if (!tls.chain.isEmpty())
            verdicts << tr("%1: NOT verified: %2").arg(who, esc(tls.errors.join(QStringLiteral(" "))));
        else
            verdicts << tr("%1: the server sent no certificate.").arg(who);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 server %2").arg(who, e.result.host)));
        if (!tls.protocol.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Encryption: %1, %2").arg(tls.protocol, tls.cipher)));
        for (int i = 0; i < tls.chain.size(); ++i) {
            const CertificateInfo &c = tls.chain.at(i);
            html += QStringLiteral("<h4>%1</h4><table>")
                        .arg(i == 0 ? tr("Server certificate") : tr("Issuer certificate %1").arg(i));
            const auto row = [&html](const QString &key, const QString &value) {
                html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value);
            };
            row(tr("Subject"), esc(c.subject));
            row(tr("Issued by"), esc(c.issuer));
            if (!c.subjectAltNames.isEmpty())
                row(tr("Names"), esc(c.subjectAltNames.join(QStringLiteral(", "))));
            const QString validity = tr("%1 to %2")
                                         .arg(QLocale().toString(c.notBefore, QLocale::ShortFormat),
                                             QLocale().toString(c.notAfter, QLocale::ShortFormat));
            row(tr("Valid"),
                esc(c.daysLeft < 0 ? tr("%1 (EXPIRED %n day(s) ago)", nullptr, int(-c.daysLeft)).arg(validity)
                                   : tr("%1 (%n day(s) left)", nullptr, int(c.daysLeft)).arg(validity)));
            row(tr("SHA-256"), QStringLiteral("<code>%1</code>").arg(esc(c.sha256)));
            row(tr("Key (SPKI SHA-256)"), QStringLiteral("<code>%1</code>").arg(esc(c.spkiSha256)));
            if (c.selfSigned)
                row(tr("Self-signed"), tr("yes: nobody else vouches for it"));
            html += QStringLiteral("</table>");
        }
    }
    m_verdict->setText(
        verdicts.isEmpty() ? tr("No certificate: no check ran.") : verdicts.join(QStringLiteral("<br>")));
    m_details->setHtml(html);
    m_trust->setEnabled(untrusted(entries) != nullptr);
}

void CertificateView::requestTrust(Protocol protocol)
{
    const ReportEntry *e = untrusted(m_entries, protocol);
    if (!e)
        return;
    const CertificateInfo &leaf = e->result.tls->chain.first();
    m_candidateProtocol = protocol;
    m_candidateSpki = QByteArray::fromHex(leaf.spkiSha256.toLatin1().replace(':', QByteArray()));
    m_warningText->setText(
        tr("<p><b>Only trust this key if you know this is really your server.</b></p>"
           "<p>Mail Doctor could not confirm who is at the other end: %1 Anyone who can intercept your connection "
           "could present a certificate like this one and read your password.</p>"
           "<p>If you trust it, Mail Doctor accepts exactly this server key (SPKI SHA-256 <code>%2</code>) for "
           "%3, and nothing else. If the key ever changes, the check fails again, and you should ask your "
           "provider why. Compare the key with what your provider or administrator tells you.</p>")
            .arg(esc(e->result.tls->errors.join(QStringLiteral(" "))), esc(leaf.spkiSha256), esc(e->result.host)));
    m_warning->show();
    m_confirm->setFocus(Qt::OtherFocusReason);
}

}  // namespace md::gui
