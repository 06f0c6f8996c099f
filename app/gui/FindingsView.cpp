#include "FindingsView.h"

#include "DiagnoseController.h"
#include "Icons.h"
#include "ServerSettingsWidget.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace md::gui {

FindingsView::FindingsView(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Findings"));
    clear();
}

QString FindingsView::describeFix(const QVariantMap &fix)
{
    QStringList parts;
    for (auto it = fix.cbegin(); it != fix.cend(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("security")) {
            const auto security = securityFromString(it.value().toString());
            parts << tr("security: %1")
                         .arg(security ? ServerSettingsWidget::securityTitle(*security) : it.value().toString());
        } else if (key == QLatin1String("port")) {
            parts << tr("port: %1").arg(it.value().toInt());
        } else if (key == QLatin1String("host")) {
            parts << tr("server: %1").arg(it.value().toString());
        } else if (key == QLatin1String("auth")) {
            parts << tr("login method: %1").arg(it.value().toString().toUpper());
        } else {
            parts << QStringLiteral("%1: %2").arg(key, it.value().toString());
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString FindingsView::passedSummary(const ReportEntry &entry)
{
    const CheckResult &r = entry.result;
    QStringList lines;
    lines << (r.connectedAddress.isEmpty()
                  ? tr("Mail Doctor reached %1 on port %2.").arg(r.host).arg(r.port)
                  : tr("Mail Doctor reached %1 on port %2 (address %3).").arg(r.host).arg(r.port).arg(r.connectedAddress));
    if (r.tls && !r.tls->protocol.isEmpty())
        lines << (r.tls->pinned
                ? tr("The connection was encrypted (%1); the server's key is the one you chose to trust.")
                      .arg(r.tls->protocol)
                : tr("The connection was encrypted (%1) and the server's certificate is valid.").arg(r.tls->protocol));
    else
        lines << tr("The connection was NOT encrypted.");
    const Step *login
        = r.step(QStringLiteral("auth")) ? r.step(QStringLiteral("auth")) : r.step(QStringLiteral("login"));
    if (login && login->status == Step::Status::Ok)
        lines << tr("Logged in as %1.").arg(entry.settings.user);
    else if (entry.settings.user.isEmpty())
        lines << tr("No login was tried (no user name given).");
    if (const Step *data = r.step(QStringLiteral("data")); data && data->status == Step::Status::Ok)
        lines << tr("The test message was accepted for delivery.");
    else if (const Step *rcpt = r.step(QStringLiteral("rcpt_to")); rcpt && rcpt->status == Step::Status::Ok)
        lines << tr("The server would accept a message from this sender to these recipients (nothing was sent).");
    const QJsonValue exists = r.protocolFacts.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("exists"));
    if (exists.isDouble())
        lines << tr("The inbox holds %n message(s).", nullptr, exists.toInt());
    return lines.join(QLatin1Char(' '));
}

void FindingsView::offerSignIn(Protocol protocol)
{
    if (!m_signIn.contains(protocol))
        m_signIn << protocol;
}

void FindingsView::clear()
{
    m_signIn.clear();
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    auto *empty = new QLabel(tr("Nothing checked yet. Type the server settings above and click \"Check sending\" or "
                                "\"Check receiving\"."),
        m_content);
    empty->setWordWrap(true);
    m_layout->addWidget(empty);
    m_layout->addStretch(1);
    replaceContent();
}

void FindingsView::replaceContent()
{
    // The old cards go later: this may run inside a click on one of their buttons.
    if (QWidget *old = takeWidget())
        old->deleteLater();
    setWidget(m_content);
}

void FindingsView::setEntries(const QList<ReportEntry> &entries)
{
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    for (const ReportEntry &entry : entries) {
        const CheckResult &result = entry.result;
        const Protocol protocol = entry.settings.protocol;
        const QString what = protocol == Protocol::Smtp
            ? tr("Sending (SMTP)")
            : tr("Receiving (%1)").arg(DiagnoseController::sourceName(protocol));
        auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>")
                                       .arg(result.ok ? tr("%1: works").arg(what).toHtmlEscaped()
                                                      : tr("%1: failed").arg(what).toHtmlEscaped()),
            m_content);
        m_layout->addWidget(heading);
        if (result.ok) {
            auto *summary = new QLabel(passedSummary(entry), m_content);
            summary->setTextFormat(Qt::PlainText);
            summary->setWordWrap(true);
            summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_layout->addWidget(summary);
        }
        if (result.findings.isEmpty()) {
            auto *none = new QLabel(tr("No problems found: everything that was checked works."), m_content);
            m_layout->addWidget(none);
        }
        for (const Finding &finding : result.findings) {
            auto *card = new QFrame(m_content);
            card->setFrameShape(QFrame::StyledPanel);
            card->setObjectName(QStringLiteral("finding:%1").arg(finding.code));
            auto *row = new QHBoxLayout(card);
            auto *iconLabel = new QLabel(card);
            iconLabel->setPixmap(severityIcon(finding.severity).pixmap(iconSize, iconSize));
            iconLabel->setAlignment(Qt::AlignTop);
            row->addWidget(iconLabel);
            auto *text = new QVBoxLayout;
            QString severity;
            switch (finding.severity) {
            case Finding::Severity::Error:
                severity = tr("Problem");
                break;
            case Finding::Severity::Warning:
                severity = tr("Warning");
                break;
            case Finding::Severity::Info:
                severity = tr("Note");
                break;
            }
            auto *title = new QLabel(
                QStringLiteral("<b>%1: %2</b>").arg(severity.toHtmlEscaped(), finding.title.toHtmlEscaped()), card);
            title->setWordWrap(true);
            title->setTextInteractionFlags(Qt::TextSelectableByMouse);
            text->addWidget(title);
            auto *detail = new QLabel(finding.detail, card);
            detail->setTextFormat(Qt::PlainText);
            detail->setWordWrap(true);
            detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
            text->addWidget(detail);
            auto *code = new QLabel(tr("Code: %1").arg(finding.code), card);
            code->setTextFormat(Qt::PlainText);
            code->setForegroundRole(QPalette::PlaceholderText);
            text->addWidget(code);
            auto *buttons = new QHBoxLayout;
            if (!finding.fix.isEmpty()) {
                auto *apply = new QPushButton(icon("ok"), tr("Apply fi&x and retry"), card);
                apply->setObjectName(QStringLiteral("applyFix:%1").arg(finding.code));
                apply->setAccessibleName(tr("Apply fix and retry: change %1").arg(describeFix(finding.fix)));
                apply->setToolTip(tr("Changes %1 and runs the check again. A saved account changes only when you "
                                     "save it.")
                                      .arg(describeFix(finding.fix)));
                const QVariantMap fix = finding.fix;
                connect(apply, &QPushButton::clicked, this,
                    [this, protocol, fix] { emit applyFixRequested(protocol, fix); });
                buttons->addWidget(apply);
                auto *what = new QLabel(tr("Will change %1.").arg(describeFix(finding.fix)), card);
                what->setWordWrap(true);
                buttons->addWidget(what, 1);
            }
            if (finding.code == QLatin1String("tls.untrusted") && result.tls && !result.tls->chain.isEmpty()) {
                auto *trust = new QPushButton(icon("certificate"), tr("Trust this server's &key…"), card);
                trust->setObjectName(QStringLiteral("trustKey"));
                trust->setAccessibleName(tr("Trust this server's key"));
                connect(trust, &QPushButton::clicked, this, [this, protocol] { emit trustRequested(protocol); });
                buttons->addWidget(trust);
                buttons->addStretch(1);
            }
            if (!result.ok && m_signIn.contains(protocol) && &finding == &result.findings.first()) {
                auto *signIn = new QPushButton(icon("account"), tr("Sign in again…"), card);
                signIn->setObjectName(QStringLiteral("signInAgain"));
                signIn->setAccessibleName(tr("Sign in again in the browser"));
                signIn->setToolTip(tr("Opens the provider's sign-in page in your browser; the new sign-in is stored "
                                      "in your keychain and the check can run again"));
                connect(signIn, &QPushButton::clicked, this, [this, protocol] { emit signInRequested(protocol); });
                buttons->addWidget(signIn);
                buttons->addStretch(1);
            }
            text->addLayout(buttons);
            row->addLayout(text, 1);
            m_layout->addWidget(card);
        }
    }
    m_layout->addStretch(1);
    replaceContent();
}

}  // namespace md::gui
