#include "Diagnoser.h"

#include <QCoreApplication>

namespace md {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Diagnoser)
};

}  // namespace

QList<Finding> diagnose(const CheckResult &result)
{
    QList<Finding> findings;
    if (!result.ok) {
        Finding f;
        f.code = QStringLiteral("check.failed");
        f.severity = Finding::Severity::Error;
        f.title = Tr::tr("The %1 step failed").arg(result.failedStep);
        f.detail = result.failureMessage;
        findings << f;
    }
    if (result.ok && result.security == Security::None) {
        Finding f;
        f.code = QStringLiteral("security.none");
        f.severity = Finding::Severity::Warning;
        f.title = Tr::tr("The connection is not encrypted");
        f.detail = Tr::tr("Everything, including any password, travels in plain text.");
        findings << f;
    }
    return findings;
}

}  // namespace md
