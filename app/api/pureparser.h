#pragma once

#include <QJsonObject>
#include <QVariant>

#include <optional>

/// A response parser that only converts JSON into values and touches no client state. ApiClient recognises it
/// (std::function::target) and, for large bodies, runs it on the worker thread together with the JSON parse, so
/// lists of tens of thousands of rows reach the UI thread ready to use.
struct PureParser
{
    std::optional<QVariant> (*convert)(const QJsonObject &root) = nullptr;

    std::optional<QVariant> operator()(const QJsonObject &root) const { return convert(root); }
};
