<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddTasksDialog</name>
    <message numerus="yes">
        <source>%n id(s) will be added.</source>
        <translation>
            <numerusform>%n id will be added.</numerusform>
            <numerusform>%n ids will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked.</source>
        <translation>
            <numerusform>%n unticked.</numerusform>
            <numerusform>%n unticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched.</source>
        <translation>
            <numerusform>%n already watched.</numerusform>
            <numerusform>%n already watched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (listed below with why).</source>
        <translation>
            <numerusform>%n left out (listed below with why).</numerusform>
            <numerusform>%n left out (listed below with why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message numerus="yes">
        <source>%n connection(s) polling</source>
        <translation>
            <numerusform>%n connection polling</numerusform>
            <numerusform>%n connections polling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) polling · %2</source>
        <translation>
            <numerusform>%1 of %n connection polling · %2</numerusform>
            <numerusform>%1 of %n connections polling · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message numerus="yes">
        <source>“%1” has %n task(s). What should happen to them?</source>
        <translation>
            <numerusform>“%1” has %n task. What should happen to it?</numerusform>
            <numerusform>“%1” has %n tasks. What should happen to them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move the %n task(s) to</source>
        <translation>
            <numerusform>&amp;Move the task to</numerusform>
            <numerusform>&amp;Move the %n tasks to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove the connection and its %n task(s)</source>
        <translation>
            <numerusform>&amp;Remove the connection and its task</numerusform>
            <numerusform>&amp;Remove the connection and its %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message numerus="yes">
        <source>%n more left out (not listed).</source>
        <translation>
            <numerusform>%n more left out (not listed).</numerusform>
            <numerusform>%n more left out (not listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n left out: %1</numerusform>
            <numerusform>%n left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message numerus="yes">
        <source>%Ln entries skipped: not task ids (%1).</source>
        <translation>
            <numerusform>%Ln entry skipped: not a task id (%1).</numerusform>
            <numerusform>%Ln entries skipped: not task ids (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Added %n task(s).</source>
        <translation>
            <numerusform>Added %n task.</numerusform>
            <numerusform>Added %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list.</source>
        <translation>
            <numerusform>%n already in the list.</numerusform>
            <numerusform>%n already in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Copied %n id.</numerusform>
            <numerusform>Copied %n ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Task(s)</source>
        <translation>
            <numerusform>Add %n Task</numerusform>
            <numerusform>Add %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n task(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n task to %1…</numerusform>
            <numerusform>Exporting %n tasks to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s).</source>
        <translation>
            <numerusform>Archived %n task.</numerusform>
            <numerusform>Archived %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Day(s) After Completion</source>
        <comment>auto-archive</comment>
        <translation>
            <numerusform>%n Day After Completion</numerusform>
            <numerusform>%n Days After Completion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to %1.</source>
        <translation>
            <numerusform>Moved %n task to %1.</numerusform>
            <numerusform>Moved %n tasks to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s)?</source>
        <translation>
            <numerusform>Remove %n task?</numerusform>
            <numerusform>Remove %n tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have results, which are discarded with them. Edit › Undo brings them back until the app is closed.</source>
        <translation>
            <numerusform>One of them has a result, which is discarded with it. Edit › Undo brings it back until the app is closed.</numerusform>
            <numerusform>%n of them have results, which are discarded with them. Edit › Undo brings them back until the app is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Task(s)</source>
        <translation>
            <numerusform>Remove %n Task</numerusform>
            <numerusform>Remove %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s). Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Removed %n task. Edit › Undo brings it back.</numerusform>
            <numerusform>Removed %n tasks. Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s): View › Archived Tasks shows them.</source>
        <translation>
            <numerusform>Archived %n task: View › Archived Tasks shows it.</numerusform>
            <numerusform>Archived %n tasks: View › Archived Tasks shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n task(s) from the archive.</source>
        <translation>
            <numerusform>Restored %n task from the archive.</numerusform>
            <numerusform>Restored %n tasks from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n task(s) completed more than %1 ago.</source>
        <translation>
            <numerusform>Archived %n task completed more than %1 ago.</numerusform>
            <numerusform>Archived %n tasks completed more than %1 ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>auto-archive age</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for an answer</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln waiting for an answer</numerusform>
            <numerusform>%Ln waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln in progress</numerusform>
            <numerusform>%Ln in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln canceled</numerusform>
            <numerusform>%Ln canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln complete</numerusform>
            <numerusform>%Ln complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complete (%1)</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln complete (%1)</numerusform>
            <numerusform>%Ln complete (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln not found</numerusform>
            <numerusform>%Ln not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer watched</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln no longer watched</numerusform>
            <numerusform>%Ln no longer watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in an unknown state</source>
        <comment>status bar count</comment>
        <translation>
            <numerusform>%Ln in an unknown state</numerusform>
            <numerusform>%Ln in an unknown state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 shown</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln of %L1 shown</numerusform>
            <numerusform>%Ln of %L1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n canceled</numerusform>
            <numerusform>%n canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n no longer watched</numerusform>
            <numerusform>%n no longer watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished: %1</source>
        <translation>
            <numerusform>%n task finished: %1</numerusform>
            <numerusform>%n tasks finished: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskWaiter</name>
    <message numerus="yes">
        <source>waiting for %n task(s)</source>
        <translation>
            <numerusform>waiting for %n task</numerusform>
            <numerusform>waiting for %n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
