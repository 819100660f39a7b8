using Spectre.Console;

namespace Verification.Cli;

/// <summary>
/// Spectre consoles over a <see cref="Terminal"/>'s writers. Colour, cursor movement and live
/// widgets only on a real terminal; redirected output (files, CI logs, tests) gets plain text with
/// no escape sequences and a fixed width, so it reads the same everywhere.
/// </summary>
internal static class SpectreConsoles
{
    /// <summary>Wide enough that the conformance table never wraps in a log.</summary>
    private const int RedirectedWidth = 160;

    public static IAnsiConsole For(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
