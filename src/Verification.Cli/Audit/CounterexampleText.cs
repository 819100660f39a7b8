using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// A counterexample as text for people: its <see cref="Counterexample.Headline"/> (which names a NaN or ∞
/// output rather than comparing it), then the inputs and outputs one per line.
/// </summary>
internal static class CounterexampleText
{
    /// <summary>The headline and then the observations, each on its own line.</summary>
    public static IReadOnlyList<string> Lines(Counterexample counterexample)
    {
        ArgumentNullException.ThrowIfNull(counterexample);
        return [counterexample.Headline, .. counterexample.Inputs.Concat(counterexample.Outputs).Select(static observation => observation.ToString())];
    }

    /// <summary>
    /// A failure's worst case (<see cref="Lines(Counterexample)"/>); then, when shrinking found one, the smallest
    /// failing input with its own evidence; then the option that replays the worst case. Observations are
    /// indented under their headline.
    /// </summary>
    public static IReadOnlyList<string> Lines(LawFails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var lines = Indented(Lines(failure.Worst));
        if (failure.Smallest is { } smallest)
        {
            lines.Add("smallest failing input (shrunk from the worst case):");
            lines.AddRange(Indented(Lines(smallest)).Select(static line => "  " + line));
        }

        if (failure.Replay is { } replay)
        {
            lines.Add($"replay: add --replay {replay} to the same audit command");
        }

        return lines;
    }

    private static List<string> Indented(IReadOnlyList<string> counterexampleLines) =>
        [counterexampleLines[0], .. counterexampleLines.Skip(1).Select(static line => "  " + line)];
}
