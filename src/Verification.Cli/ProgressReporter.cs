using Spectre.Console;

namespace Verification.Cli;

/// <summary>
/// Progress on the error stream while a long command works: a live progress bar on a terminal, one
/// plain line per step when redirected (a CI log shows where it is without escape sequences).
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback to call before each of <paramref name="steps"/> steps.</summary>
    public static T Run<T>(Terminal terminal, string title, int steps, Func<Action<string>, T> work)
    {
        if (!terminal.ErrorIsTerminal)
        {
            var step = 0;
            return work(label => terminal.Error.WriteLine($"{title} [{++step}/{steps}] {label}"));
        }

        var console = SpectreConsoles.For(terminal.Error, isTerminal: true);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, maxValue: steps);
                var started = false;
                return work(label =>
                {
                    if (started)
                    {
                        task.Increment(1);
                    }

                    started = true;
                    task.Description = $"{title}: {Markup.Escape(label)}";
                });
            });
    }
}
