#include "CheckResult.h"

namespace md {

QString toString(Step::Status status)
{
    switch (status) {
    case Step::Status::Ok:
        return QStringLiteral("ok");
    case Step::Status::Failed:
        return QStringLiteral("failed");
    case Step::Status::Skipped:
        return QStringLiteral("skipped");
    case Step::Status::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

QString toString(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

const Step *CheckResult::step(const QString &name) const
{
    for (const Step &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

}  // namespace md
