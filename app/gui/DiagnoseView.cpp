#include "DiagnoseView.h"

#include "account/CredentialStore.h"
#include "CertificateView.h"
#include "DiagnoseController.h"
#include "FindingsView.h"
#include "Icons.h"
#include "ServerSettingsWidget.h"
#include "StepsModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"
#include "diagnosis/Diagnoser.h"
#include "i18n/Language.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace md::gui {

namespace {

/// Paints the waterfall bar of a step with the palette's highlight colour.
class WaterfallDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant bar = index.data(StepsModel::BarRole);
        if (!bar.isValid())
            return;
        const QPointF f = bar.toPointF();
        const QRect r = option.rect.adjusted(4, 4, -4, -4);
        const int x = r.left() + int(f.x() * r.width());
        const int w = std::max(2, int(f.y() * r.width()));
        painter->fillRect(
            QRect(x, r.top(), std::min(w, r.right() - x + 1), r.height()), option.palette.brush(QPalette::Highlight));
    }
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = DiagnoseView::tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

}  // namespace

DiagnoseView::DiagnoseView(QWidget *parent) : QWidget(parent)
{
    m_transcript = new TranscriptModel(this);
    m_steps = new StepsModel(this);

    m_smtp = new ServerSettingsWidget(Protocol::Smtp, this);
    m_imap = new ServerSettingsWidget(Protocol::Imap, this);
    m_settingsTabs = new QTabWidget(this);
    m_settingsTabs->addTab(m_smtp, icon("send"), tr("&Outgoing mail (SMTP)"));
    m_settingsTabs->addTab(m_imap, icon("receive"), tr("&Incoming mail (IMAP or POP3)"));
    m_settingsTabs->setAccessibleName(tr("Server settings"));
    m_settingsTabs->setObjectName(QStringLiteral("settingsTabs"));

    m_checkSending = new QPushButton(icon("send"), tr("Check &sending"), this);
    m_checkSending->setObjectName(QStringLiteral("checkSending"));
    m_checkSending->setAccessibleName(tr("Check sending"));
    m_checkSending->setToolTip(tr("Connect to the outgoing server, log in and see whether mail would be accepted "
                                  "(Ctrl+Shift+S)"));
    m_checkReceiving = new QPushButton(icon("receive"), tr("Check &receiving"), this);
    m_checkReceiving->setObjectName(QStringLiteral("checkReceiving"));
    m_checkReceiving->setAccessibleName(tr("Check receiving"));
    m_checkReceiving->setToolTip(tr("Connect to the incoming server, log in and look at the inbox (Ctrl+Shift+R)"));
    m_checkBoth = new QPushButton(icon("both"), tr("Check &both"), this);
    m_checkBoth->setObjectName(QStringLiteral("checkBoth"));
    m_checkBoth->setAccessibleName(tr("Check sending and receiving"));
    m_cancel = new QPushButton(icon("cancel"), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel the check"));
    m_cancel->setToolTip(tr("Stop the running check (Esc)"));
    m_save = new QPushButton(icon("save"), tr("Save report…"), this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_save->setAccessibleName(tr("Save report"));
    m_save->setToolTip(tr("Save everything (without passwords) as an HTML file to send to your help desk"));
    auto *runRow = new QHBoxLayout;
    for (QPushButton *b : { m_checkSending, m_checkReceiving, m_checkBoth, m_cancel })
        runRow->addWidget(b);
    runRow->addStretch(1);
    runRow->addWidget(m_save);

    m_statusIcon = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_findings = new FindingsView(this);
    m_stepsView = new QTreeView(this);
    m_stepsView->setModel(m_steps);
    m_stepsView->setRootIsDecorated(false);
    m_stepsView->setUniformRowHeights(true);
    m_stepsView->setItemDelegateForColumn(StepsModel::WaterfallColumn, new WaterfallDelegate(m_stepsView));
    m_stepsView->setAccessibleName(tr("Steps"));
    m_stepsView->header()->setSectionResizeMode(StepsModel::StepColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(StepsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(StepsModel::DurationColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->resizeSection(StepsModel::WaterfallColumn, 220);
    m_stepsView->header()->setStretchLastSection(true);
    m_transcriptView = new TranscriptView(m_transcript, this);
    m_certificate = new CertificateView(this);
    m_results = new QTabWidget(this);
    m_results->addTab(m_findings, icon("info"), tr("Findings"));
    m_results->addTab(m_stepsView, icon("running"), tr("Steps"));
    m_results->addTab(m_transcriptView, icon("sent"), tr("Transcript"));
    m_results->addTab(m_certificate, icon("certificate"), tr("Certificate"));
    m_results->setAccessibleName(tr("Results"));
    // Ctrl+1 … Ctrl+4 open the result tabs.
    for (int i = 0; i < m_results->count(); ++i) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i)));
        m_results->setTabToolTip(i, tr("%1 (%2)").arg(m_results->tabText(i), keys.toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_results->setCurrentIndex(i); });
    }

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_settingsTabs, 1);
    topLayout->addLayout(runRow);
    topLayout->addLayout(statusRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Enter in a form runs its check (the window has no dialog default button).
    connect(m_smtp, &ServerSettingsWidget::submitted, this, [this] { runChecks(Run::Sending); });
    connect(m_imap, &ServerSettingsWidget::submitted, this, [this] { runChecks(Run::Receiving); });
    connect(m_checkSending, &QPushButton::clicked, this, [this] { runChecks(Run::Sending); });
    connect(m_checkReceiving, &QPushButton::clicked, this, [this] { runChecks(Run::Receiving); });
    connect(m_checkBoth, &QPushButton::clicked, this, [this] { runChecks(Run::Both); });
    connect(m_cancel, &QPushButton::clicked, this, &DiagnoseView::cancel);
    connect(m_save, &QPushButton::clicked, this, &DiagnoseView::saveReportAs);
    connect(m_findings, &FindingsView::applyFixRequested, this, &DiagnoseView::applyFix);
    connect(m_findings, &FindingsView::trustRequested, this, [this](Protocol protocol) {
        m_results->setCurrentWidget(m_certificate);
        m_certificate->requestTrust(protocol);
    });
    connect(m_certificate, &CertificateView::trustConfirmed, this, &DiagnoseView::trustKey);
    connect(m_findings, &FindingsView::signInRequested, this, &DiagnoseView::signInRequested);
    for (ServerSettingsWidget *form : { m_smtp, m_imap })
        connect(form, &ServerSettingsWidget::signInRequested, this, &DiagnoseView::signInRequested);

    setStatus("info",
        tr("Type the settings of your mail server, then click \"Check sending\" or \"Check receiving\". "
           "Your provider's help pages list the server names and ports."));
    updateButtons();
}

DiagnoseView::~DiagnoseView()
{
    shutdown();
}

void DiagnoseView::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
}

ServerSettingsWidget *DiagnoseView::settingsWidget(Protocol protocol) const
{
    return protocol == Protocol::Smtp ? m_smtp : m_imap;  // IMAP and POP3 share the incoming form
}

bool DiagnoseView::isRunning() const
{
    return m_controller && m_controller->isRunning();
}

QString DiagnoseView::statusText() const
{
    return m_status->text();
}

void DiagnoseView::setStatus(const char *iconName, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_statusIcon->setPixmap(icon(iconName).pixmap(size, size));
    m_status->setText(text);
}

void DiagnoseView::updateButtons()
{
    const bool running = isRunning();
    for (QPushButton *b : { m_checkSending, m_checkReceiving, m_checkBoth })
        b->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_save->setEnabled(!running && !m_entries.isEmpty());
}

bool DiagnoseView::runChecks(Run run)
{
    if (isRunning())
        return false;
    QList<ServerSettingsWidget *> forms;
    if (run != Run::Receiving)
        forms << m_smtp;
    if (run != Run::Sending)
        forms << m_imap;
    QList<DiagnoseController::Run> settings;
    QStringList problems;
    for (ServerSettingsWidget *form : forms) {
        const QStringList errors = form->validationErrors();
        if (!errors.isEmpty()) {
            m_settingsTabs->setCurrentWidget(form);
            problems << errors;
        }
        // An OAuth2 login gets its token from the stored sign-in, just before its check.
        settings << DiagnoseController::Run { form->settings(), form->oauthSignIn() };
    }
    if (!problems.isEmpty()) {
        setStatus("warning", tr("Please fix the settings first: %1").arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    m_lastRun = run;
    m_entries.clear();
    m_transcript->clear();
    m_steps->clear();
    m_findings->clear();
    m_certificate->clear();
    if (m_controller)
        m_controller->deleteLater();
    m_controller = new DiagnoseController(settings, m_credentials, m_transcript, m_steps, this);
    connect(m_controller, &DiagnoseController::signInNeeded, m_findings, &FindingsView::offerSignIn);
    connect(m_controller, &DiagnoseController::stepStarted, this, [this](const QString &source, const QString &step) {
        setStatus("running",
            source.isEmpty() ? tr("Checking… %1").arg(StepsModel::stepTitle(step))
                             : tr("Checking %1… %2").arg(source, StepsModel::stepTitle(step)));
    });
    connect(m_controller, &DiagnoseController::checkFinished, this, [this](const ReportEntry &entry) {
        m_entries << entry;
        m_findings->setEntries(m_entries);
        m_certificate->setEntries(m_entries);
    });
    connect(m_controller, &DiagnoseController::finishedAll, this, &DiagnoseView::onRunFinished);
    m_results->setCurrentWidget(m_stepsView);
    setStatus("running", tr("Checking…"));
    m_controller->start();
    updateButtons();
    emit runningChanged(true);
    emit reportAvailable(false);
    return true;
}

void DiagnoseView::onRunFinished(bool ok)
{
    m_transcript->flush();
    QStringList lines;
    bool cancelled = false;
    for (const ReportEntry &e : std::as_const(m_entries)) {
        const QString what = e.settings.protocol == Protocol::Smtp ? tr("Sending") : tr("Receiving");
        if (e.result.failure == FailureKind::Cancelled) {
            cancelled = true;
            lines << tr("%1: cancelled.").arg(what);
        } else if (e.result.ok) {
            lines << tr("%1 works.").arg(what);
        } else {
            const QString why = e.result.findings.isEmpty() ? e.result.failureMessage : e.result.findings.first().title;
            lines << tr("%1 failed: %2. See the findings below for what to do.").arg(what, why);
        }
    }
    setStatus(cancelled ? "cancel" : ok ? "ok" : "error", lines.join(QLatin1Char('\n')));
    m_results->setCurrentWidget(m_findings);
    updateButtons();
    emit runningChanged(false);
    emit reportAvailable(!m_entries.isEmpty());
    emit runFinished(ok);
}

void DiagnoseView::cancel()
{
    if (m_controller)
        m_controller->cancel();
}

void DiagnoseView::shutdown()
{
    // Deleting the controller cancels its check at once; nothing reports back any more.
    delete m_controller;
}

void DiagnoseView::applyFix(Protocol protocol, const QVariantMap &fix)
{
    if (isRunning())
        return;
    ServerSettingsWidget *form = settingsWidget(protocol);
    m_settingsTabs->setCurrentWidget(form);
    form->applyFix(fix);
    runChecks(m_lastRun);
}

void DiagnoseView::trustKey(Protocol protocol, const QByteArray &spki)
{
    if (isRunning())
        return;
    settingsWidget(protocol)->setPinnedSpki(spki);
    runChecks(m_lastRun);
}

bool DiagnoseView::saveReport(const QString &htmlPath, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfo info(htmlPath);
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    // The JSON is for programs: its findings are English whatever language the app speaks.
    QList<ReportEntry> english = m_entries;
    {
        const i18n::UntranslatedScope untranslated;
        for (ReportEntry &entry : english)
            entry.result.findings = diagnose(entry.result);
    }
    return writeFile(htmlPath, renderHtmlReport(m_entries, now).toUtf8(), error)
        && writeFile(base + QStringLiteral(".txt"), renderTextReport(m_entries, now).toUtf8(), error)
        && writeFile(base + QStringLiteral(".json"),
            QJsonDocument(reportToJson(english, now)).toJson(QJsonDocument::Indented), error);
}

void DiagnoseView::saveReportAs()
{
    if (m_entries.isEmpty())
        return;
    auto *dialog = new QFileDialog(
        this, tr("Save report"), QStringLiteral("maildoctor-report.html"), tr("HTML report (*.html)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("html"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveReport(path, &error))
            setStatus("ok",
                tr("Report saved to %1 (with a .txt and a .json copy beside it). It contains no "
                   "password.")
                    .arg(path));
        else
            setStatus("error", tr("The report was not saved. %1 Choose another folder and try again.").arg(error));
    });
    dialog->open();
}

void DiagnoseView::startFind()
{
    m_results->setCurrentWidget(m_transcriptView);
    m_transcriptView->startFind();
}

void DiagnoseView::copyAllTranscript()
{
    m_transcriptView->copyAll();
}

}  // namespace md::gui
