#pragma once

#include <QString>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

// Lets spdlog/fmt format QString directly: spdlog::info("tenant {}", name).
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename Context>
    auto format(const QString& text, Context& context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                        context);
    }
};

namespace Tenure::App::Log {

struct Options {
    bool toConsole = false;   // stderr, for the CLI
    spdlog::level::level_enum consoleLevel = spdlog::level::warn;   // what reaches stderr
    bool toFile = true;       // a rotating file in the platform's app-data log folder
    QString folder;           // empty: QStandardPaths::AppLocalDataLocation + "/logs"
    spdlog::level::level_enum level = spdlog::level::info;
};

// Sets up the one global diagnostic logger (asynchronous). Safe to call once per process.
void init(const Options& options);
void shutdown();

// The folder the rotating log file is written to.
[[nodiscard]] QString folder();

// Registers a secret: every later log line has it replaced by "***". A second line of
// defence: secrets are never passed to the logger in the first place.
void neverLog(const QString& secret);

} // namespace Tenure::App::Log
