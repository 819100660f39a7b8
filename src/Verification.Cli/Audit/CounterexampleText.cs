using System.Globalization;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// A counterexample as text for people: the headline says what went wrong, then the inputs and outputs one per
/// line. A non-number is named as such ("the output softmax(x)[2] is NaN at …") rather than compared
/// ("measured NaN &gt; allowed NaN" says nothing: NaN is not greater than anything).
/// </summary>
internal static class CounterexampleText
{
    /// <summary>The headline and then the observations, each on its own line.</summary>
    public static IReadOnlyList<string> Lines(Counterexample counterexample) =>
        [Headline(counterexample), .. counterexample.Inputs.Concat(counterexample.Outputs).Select(static observation => observation.ToString())];

    /// <summary>
    /// "measured e &gt; allowed t at where" when the error is a number; otherwise the first output entry that is
    /// NaN or ±∞, or, when every output is a number (a kernel threw), where the law stopped.
    /// </summary>
    public static string Headline(Counterexample counterexample)
    {
        ArgumentNullException.ThrowIfNull(counterexample);
        if (double.IsFinite(counterexample.MeasuredError))
        {
            return $"measured {Number(counterexample.MeasuredError)} > allowed {Number(counterexample.AllowedTolerance)} at {counterexample.Where}";
        }

        foreach (var output in counterexample.Outputs)
        {
            var entry = output.Values.ToList().FindIndex(static value => !double.IsFinite(value));
            if (entry >= 0)
            {
                var index = output.Values.Count == 1 ? string.Empty : $"[{entry}]";
                return $"the output {output.Label}{index} is {NonNumber(output.Values[entry])} at {counterexample.Where}";
            }
        }

        return $"no number was measured: {counterexample.Where}";
    }

    /// <summary>Round-trippable and culture-invariant, as the Laws library prints numbers, so a value can be pasted back.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string NonNumber(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
}
