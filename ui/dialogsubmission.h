#pragma once

#include "api/apireply.h"

#include <QPointer>

#include <functional>

/// The shared end of every "dialog submits a write" flow: the dialog shows progress while `reply` runs; a failure
/// goes back to the dialog (which stays open with the typed values); a success closes it and runs `onSuccess`.
/// The dialog may be closed by the user meanwhile: then a failure goes to `whenClosed`, so it is never silent.
template<typename Dialog, typename OnSuccess>
void trackSubmission(QObject *context, Dialog *dialog, ApiReply *reply, OnSuccess onSuccess,
                     std::function<void(const ApiError &)> whenClosed)
{
    dialog->setBusy(true);
    QPointer<Dialog> guard(dialog);
    QObject::connect(reply, &ApiReply::finished, context, [reply, guard, onSuccess, whenClosed] {
        if (!reply->isSuccess()) {
            if (guard)
                guard->setError(reply->error());
            else if (whenClosed && reply->error().kind() != ApiError::Kind::Cancelled)
                whenClosed(reply->error());
            return;
        }
        if (guard)
            guard->accept();
        onSuccess(reply);
    });
}
