#include "DiagnoseController.h"

#include "diagnosis/Diagnoser.h"

#include "account/CredentialStore.h"
#include "check/CheckFactory.h"
#include "oauth/TokenStore.h"
#include "StepsModel.h"
#include "TranscriptModel.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace md::gui {

namespace {

const QString kTokenStep = QStringLiteral("oauth_token");
const QString kRefreshStep = QStringLiteral("oauth_refresh");  // as maildoctor-cli names a refused refresh

QList<DiagnoseController::Run> plainRuns(const QList<ServerSettings> &settings)
{
    QList<DiagnoseController::Run> runs;
    for (const ServerSettings &s : settings)
        runs << DiagnoseController::Run { s, {} };
    return runs;
}

}  // namespace

/// How reading (and maybe refreshing) the sign-in of one check ended.
struct DiagnoseController::TokenOutcome {
    enum class Kind {
        Ok,  ///< `tokens` usable now
        NotSignedIn,  ///< no sign-in stored for any of the users tried
        RefreshRefused,  ///< the provider would not renew it (or no refresh token is left)
        Ambiguous,  ///< sign-ins with several providers are stored and the account names none: `error`
        Failed  ///< the keychain (or storing the renewed tokens) failed: `error`
    };
    Kind kind = Kind::Failed;
    QString user;  ///< whose sign-in (the first user tried when none was found)
    oauth::TokenSet tokens;
    bool refreshed = false;
    QString error;  ///< translated
    oauth::OAuthError providerError;
};

QString OAuthSignIn::displayName() const
{
    return !providerName.isEmpty() ? providerName
        : !provider.isEmpty()      ? provider
                                   : DiagnoseController::tr("your provider");
}

DiagnoseController::DiagnoseController(
    QList<ServerSettings> runs, TranscriptModel *transcript, StepsModel *steps, QObject *parent)
    : DiagnoseController(plainRuns(runs), nullptr, transcript, steps, parent)
{
}

DiagnoseController::DiagnoseController(
    QList<Run> runs, CredentialStore *credentials, TranscriptModel *transcript, StepsModel *steps, QObject *parent)
    : QObject(parent), m_runs(std::move(runs)), m_credentials(credentials), m_transcript(transcript), m_steps(steps)
{
}

DiagnoseController::~DiagnoseController()
{
    // Closing the window during a check: stop it now, without anyone listening any more. A token
    // fetch goes on by itself (a renewed refresh token must still be stored) and finds us gone.
    m_runs.clear();
    ++m_fetch;
    if (m_check) {
        disconnect(m_check.get(), nullptr, this, nullptr);
        m_check->cancel();
    }
}

QString DiagnoseController::sourceName(Protocol protocol)
{
    return QString::fromLatin1(traits(protocol).displayName);
}

bool DiagnoseController::needsToken(const ServerSettings &settings)
{
    const QString mechanism = settings.authMechanism.toLower();
    return settings.token.isEmpty() && !settings.user.isEmpty()
        && (mechanism == QLatin1String("xoauth2") || mechanism == QLatin1String("oauthbearer"));
}

void DiagnoseController::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &DiagnoseController::startNext);
}

void DiagnoseController::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_runs.clear();
    if (m_check) {
        m_check->cancel();  // finished() follows synchronously
    } else if (m_fetching) {
        // The fetch ends by itself (storing what a refresh renewed); its answer is dropped.
        m_fetching = false;
        ++m_fetch;
        CheckResult result = resultWithoutCheck();
        result.failure = FailureKind::Cancelled;
        result.failedStep = kTokenStep;
        result.failureMessage = tr("Cancelled while reading the sign-in.");
        Step step;
        step.name = kTokenStep;
        step.status = Step::Status::Failed;
        step.ms = result.totalMs;
        step.detail = result.failureMessage;
        result.steps << step;
        result.findings = diagnose(result);
        finishRun(result);
    } else {
        QTimer::singleShot(0, this, [this] { startNext(); });
    }
}

void DiagnoseController::startNext()
{
    if (m_runs.isEmpty()) {
        m_running = false;
        bool ok = !m_cancelled && !m_entries.isEmpty();
        for (const ReportEntry &entry : std::as_const(m_entries))
            ok = ok && entry.result.ok;
        emit finishedAll(ok);
        return;
    }
    const Run run = m_runs.takeFirst();
    m_current = run.settings;
    m_currentSignIn = run.signIn;
    m_tokenStep.reset();
    m_source = m_runs.isEmpty() && m_entries.isEmpty() ? QString() : sourceName(m_current.protocol);
    m_clock.start();
    if (needsToken(m_current))
        fetchToken();
    else
        startCheck();
}

void DiagnoseController::fetchToken()
{
    const int fetch = ++m_fetch;
    m_fetching = true;
    if (m_steps)
        m_steps->stepStarted(m_source, kTokenStep, 0);
    // The account's address first (the wizard signs that in), then the server's user name (as
    // `maildoctor-cli oauth login --user` may have).
    QStringList users;
    for (const QString &user : { m_currentSignIn.address, m_current.user }) {
        if (!user.isEmpty() && !users.contains(user, Qt::CaseInsensitive))
            users << user;
    }
    const auto answer = [self = QPointer<DiagnoseController>(this), fetch](const TokenOutcome &outcome) {
        if (self && self->m_fetch == fetch)
            self->onToken(outcome);
    };
    if (!m_credentials) {
        TokenOutcome outcome;
        outcome.user = users.value(0);
        outcome.error = tr("No keychain is available to read the sign-in from.");
        QTimer::singleShot(0, this, [answer, outcome] { answer(outcome); });
    } else {
        // Owned by the chain of callbacks (and, through the network manager, by the keychain
        // store): a refresh that has started is finished and stored even when this run is gone.
        auto store = std::make_shared<oauth::TokenStore>(m_credentials.data());
        auto *nam = new QNetworkAccessManager(m_credentials.data());
        auto *client = new oauth::TokenClient(nam, nam);
        const QString provider = m_currentSignIn.provider;
        auto finish = [nam, answer](const TokenOutcome &outcome) {
            nam->deleteLater();
            answer(outcome);
        };
        // Whose sign-in is stored: the first of `users` with one (a keychain error ends the search).
        store->findSignIn(users, provider,
            [store, users, client, finish](const QString &user, const oauth::TokenStore::Loaded &loaded) {
                if (!loaded.error.isEmpty()) {
                    TokenOutcome outcome;
                    outcome.user = user;
                    outcome.error = loaded.error;
                    finish(outcome);
                    return;
                }
                if (user.isEmpty()) {
                    TokenOutcome outcome;
                    outcome.kind = TokenOutcome::Kind::NotSignedIn;
                    outcome.user = users.value(0);
                    finish(outcome);
                    return;
                }
                // What the search read, not read again.
                store->ensureFresh(
                    loaded, user, client, [store, user, finish](const oauth::TokenStore::Fresh &fresh) {
                        TokenOutcome outcome;
                        outcome.user = user;
                        outcome.tokens = fresh.tokens;
                        outcome.refreshed = fresh.refreshed;
                        outcome.error = fresh.error;
                        outcome.providerError = fresh.providerError;
                        outcome.kind = fresh.ok      ? TokenOutcome::Kind::Ok
                            : fresh.refreshFailed    ? TokenOutcome::Kind::RefreshRefused
                            : fresh.severalProviders ? TokenOutcome::Kind::Ambiguous
                                                     : TokenOutcome::Kind::Failed;
                        finish(outcome);
                    });
            });
    }
    emit stepStarted(m_source, kTokenStep);  // last: a slot may cancel the run, or delete us
}

void DiagnoseController::onToken(const TokenOutcome &outcome)
{
    m_fetching = false;
    const QString provider = m_currentSignIn.displayName();
    Step step;
    step.name = kTokenStep;
    step.ms = m_clock.elapsed();
    if (outcome.kind == TokenOutcome::Kind::Ok) {
        m_current.token = outcome.tokens.accessToken;
        m_current.password.clear();
        step.status = Step::Status::Ok;
        if (outcome.refreshed)
            step.detail = tr("The access token of the sign-in with %1 for %2 was about to expire: renewed it and "
                             "stored the new tokens in the keychain.")
                              .arg(provider, outcome.user);
        else if (outcome.tokens.expiresAt.isValid())
            step.detail = tr("Signed in with %1 as %2; the access token is valid until %3.")
                              .arg(provider, outcome.user,
                                  outcome.tokens.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            step.detail = tr("Signed in with %1 as %2.").arg(provider, outcome.user);
        m_tokenStep = step;
        if (m_steps)
            m_steps->stepFinished(m_source, step);
        startCheck();
        return;
    }

    CheckResult result = resultWithoutCheck();
    step.status = Step::Status::Failed;
    switch (outcome.kind) {
    case TokenOutcome::Kind::NotSignedIn:
        result.failure = FailureKind::Usage;
        result.failureMessage = tr("No sign-in with %1 is stored for %2, so there is no access token to log in "
                                   "with. Sign in again (\"Sign in again…\" opens %1's page in your browser).")
                                    .arg(provider, outcome.user);
        break;
    case TokenOutcome::Kind::RefreshRefused: {
        step.name = kRefreshStep;
        result.failure = FailureKind::Rejected;
        result.failureMessage = outcome.error;
        Finding finding = oauth::TokenStore::refreshFailedFinding(outcome.user, outcome.providerError);
        // The core's words say "sign in again"; the window names the provider and its own way to.
        finding.detail = outcome.providerError.isEmpty()
            ? tr("The stored sign-in with %1 for %2 cannot be renewed (%3). Sign in again: \"Sign in again…\" "
                 "opens %1's page in your browser.")
                  .arg(provider, outcome.user, outcome.error)
            : tr("%1 refused to renew the sign-in for %2 (%3). The refresh token was revoked, expired or already "
                 "used. Sign in again: \"Sign in again…\" opens %1's page in your browser.")
                  .arg(provider, outcome.user, outcome.providerError.toString());
        result.findings << finding;
        break;
    }
    case TokenOutcome::Kind::Ambiguous:
        // The keychain answered; what is unclear, and the window's way out: signing in from the
        // assistant names the provider on the account.
        result.failure = FailureKind::Usage;
        result.failureMessage = tr("Sign-ins with more than one provider are stored for %1, and this account does "
                                   "not say which one it uses. Click \"Sign in again…\" and sign in with this "
                                   "account's provider: the account then keeps it.")
                                    .arg(outcome.user);
        break;
    case TokenOutcome::Kind::Failed:
    case TokenOutcome::Kind::Ok:
        result.failure = FailureKind::Usage;
        if (outcome.refreshed) {  // renewed, but the rotated tokens could not be kept
            result.failureMessage = tr("The sign-in with %1 for %2 was renewed, but the new tokens could not be stored "
                                       "in the keychain: %3 Once the keychain works again, sign in again.")
                                        .arg(provider, outcome.user, outcome.error);
            break;
        }
        result.failureMessage = tr("The sign-in with %1 for %2 could not be read from the keychain: %3")
                                    .arg(provider, outcome.user, outcome.error);
        break;
    }
    result.failedStep = step.name;
    step.detail = result.failureMessage;
    result.steps << step;
    // Signing in again helps a missing or dead sign-in; not a keychain that does not answer (nor
    // a token endpoint that cannot be reached).
    if (outcome.kind == TokenOutcome::Kind::NotSignedIn || outcome.kind == TokenOutcome::Kind::Ambiguous
        || (outcome.kind == TokenOutcome::Kind::RefreshRefused && outcome.providerError.networkError.isEmpty()))
        emit signInNeeded(m_current.protocol);
    if (result.findings.isEmpty())
        result.findings = diagnose(result);
    finishRun(result);
}

void DiagnoseController::startCheck()
{
    const QString source = m_source;
    const qint64 shift = m_tokenStep ? m_tokenStep->ms : 0;  // the check's steps come after the token's
    m_check = makeCheck(m_current);
    connect(m_check.get(), &Check::transcriptEvent, this, [this, source](const TranscriptEvent &event) {
        if (m_transcript)
            m_transcript->append(event, source);
    });
    connect(m_check.get(), &Check::stepStarted, this, [this, source](const QString &name) {
        if (m_steps)
            m_steps->stepStarted(source, name, m_clock.elapsed());
        emit stepStarted(source, name);
    });
    connect(m_check.get(), &Check::stepFinished, this, [this, source, shift](const Step &step) {
        if (!m_steps)
            return;
        Step shifted = step;
        shifted.startMs += shift;
        m_steps->stepFinished(source, shifted);
    });
    connect(m_check.get(), &Check::finished, this, &DiagnoseController::onFinished);
    m_check->start();
}

CheckResult DiagnoseController::resultWithoutCheck() const
{
    CheckResult result;
    result.protocol = m_current.protocol;
    result.host = m_current.host;
    result.port = m_current.port;
    result.security = m_current.security;
    result.totalMs = m_clock.elapsed();
    return result;
}

void DiagnoseController::onFinished(const CheckResult &result)
{
    CheckResult finished = result;
    finished.findings = diagnose(finished);  // the check draws no conclusions; its reader does
    if (m_tokenStep) {
        // The run began with reading the sign-in: that step leads, and the check's follow it.
        for (Step &step : finished.steps)
            step.startMs += m_tokenStep->ms;
        finished.steps.prepend(*m_tokenStep);
        finished.totalMs += m_tokenStep->ms;
    }
    // The check is deleted later: this runs inside its own signal.
    Check *done = m_check.release();
    done->deleteLater();
    finishRun(finished);
}

void DiagnoseController::finishRun(const CheckResult &result)
{
    if (m_steps)
        m_steps->checkFinished(m_source, result);
    ReportEntry entry { m_current, result };
    entry.settings.password.clear();
    entry.settings.token.clear();
    m_current = {};
    m_currentSignIn = {};
    m_tokenStep.reset();
    m_entries << entry;
    // Queued before anyone hears of the result: a slot may delete this controller.
    QTimer::singleShot(0, this, &DiagnoseController::startNext);
    emit checkFinished(entry);
}

}  // namespace md::gui
