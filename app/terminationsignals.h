// SPDX-License-Identifier: MIT
#pragma once

// SIGTERM (what a desktop logout sends) and SIGINT end the event loop as a Quit would, so that destructors run and
// the task store commits what is pending. Call once, after the application object exists.
void quitOnTerminationSignals();
