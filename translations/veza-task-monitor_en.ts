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
        <source>Removed %n task(s).</source>
        <translation>
            <numerusform>Removed %n task.</numerusform>
            <numerusform>Removed %n tasks.</numerusform>
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
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n did not succeed.</source>
        <translation>
            <numerusform>%n did not succeed.</numerusform>
            <numerusform>%n did not succeed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) completed</source>
        <translation>
            <numerusform>%n task completed</numerusform>
            <numerusform>%n tasks completed</numerusform>
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
