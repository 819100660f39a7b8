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
}
