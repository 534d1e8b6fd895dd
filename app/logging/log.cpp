#include "log.h"

#include <QDir>
#include <QMutex>
#include <QStandardPaths>
#include <mutex>
#include <spdlog/async.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <string>
#include <vector>

namespace Tenure::App::Log {
namespace {

std::mutex secretsMutex;
std::vector<std::string> secrets;   // guarded by secretsMutex
QString logFolder;

// Replaces every registered secret before a message reaches any real sink.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> sinks) : m_sinks(std::move(sinks)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& message) override
    {
        std::string payload(message.payload.data(), message.payload.size());
        {
            std::lock_guard lock(secretsMutex);
            for (const auto& secret : secrets) {
                for (auto at = payload.find(secret); at != std::string::npos; at = payload.find(secret, at + 3))
                    payload.replace(at, secret.size(), "***");
            }
        }
        spdlog::details::log_msg redacted(message.time, message.source, message.logger_name, message.level,
                                          std::string_view(payload));
        for (auto& sink : m_sinks)
            if (sink->should_log(message.level))
                sink->log(redacted);
    }
    void flush_() override
    {
        for (auto& sink : m_sinks)
            sink->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

} // namespace

void init(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toConsole) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.consoleLevel);
        sinks.push_back(console);
    }
    if (options.toFile) {
        logFolder = options.folder.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs")
                        : options.folder;
        if (QDir().mkpath(logFolder)) {
            const auto file = QDir(logFolder).filePath(QStringLiteral("tenure.log")).toStdString();
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 5));
            } catch (const spdlog::spdlog_ex&) {
                // A read-only profile must not stop the product; the console sink still works.
            }
        }
    }
    spdlog::init_thread_pool(8192, 1);
    auto redacting = std::make_shared<RedactingSink>(std::move(sinks));
    auto logger = std::make_shared<spdlog::async_logger>("tenure", redacting, spdlog::thread_pool(),
                                                         spdlog::async_overflow_policy::block);
    logger->set_level(options.level);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

void shutdown() { spdlog::shutdown(); }

QString folder() { return logFolder; }

void neverLog(const QString& secret)
{
    // Very short values would redact ordinary words; they are not worth guarding this way.
    if (secret.size() < 4)
        return;
    std::lock_guard lock(secretsMutex);
    const auto utf8 = secret.toStdString();
    if (std::find(secrets.begin(), secrets.end(), utf8) == secrets.end())
        secrets.push_back(utf8);
}

} // namespace Tenure::App::Log
