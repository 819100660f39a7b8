using System.Text;

namespace Verification.Laws.Results;

/// <summary>
/// The evidence that a law fails: the input, what the kernels returned, the error measured and the tolerance it
/// exceeded, and where (which entry, which shift, ...).
/// </summary>
/// <param name="Inputs">What the kernels were given (x, and g or y for the two-argument kernels).</param>
/// <param name="Outputs">What the kernels returned, and any reference values compared against.</param>
/// <param name="MeasuredError">The measured deviation (NaN or ∞ when an output is not a number).</param>
/// <param name="AllowedTolerance">The bound the law allows for this input.</param>
/// <param name="Where">Which entry or sub-case produced the measurement.</param>
public sealed record Counterexample(
    IReadOnlyList<Observation> Inputs,
    IReadOnlyList<Observation> Outputs,
    double MeasuredError,
    double AllowedTolerance,
    string Where)
{
    /// <summary>
    /// What went wrong, in one line: "measured e &gt; allowed t at where" when both are numbers; otherwise the first
    /// output entry that is NaN or ±∞ ("the output softmax(x)[2] is NaN at …"), since "measured NaN &gt; allowed NaN"
    /// says nothing (NaN is not greater than anything); a bound the law could not compute; or, when every output
    /// is a number (a kernel threw), where the law stopped.
    /// </summary>
    public string Headline
    {
        get
        {
            if (double.IsFinite(MeasuredError))
            {
                return double.IsNaN(AllowedTolerance)
                    ? $"measured {NumberFormat.Number(MeasuredError)}, but the allowed error could not be computed (NaN) at {Where}"
                    : $"measured {NumberFormat.Number(MeasuredError)} > allowed {NumberFormat.Number(AllowedTolerance)} at {Where}";
            }

            foreach (var output in Outputs)
            {
                var entry = output.Values.ToList().FindIndex(static value => !double.IsFinite(value));
                if (entry >= 0)
                {
                    var index = output.Values.Count == 1 ? string.Empty : $"[{entry}]";
                    return $"the output {output.Label}{index} is {NonNumber(output.Values[entry])} at {Where}";
                }
            }

            return $"no number was measured: {Where}";
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder().AppendLine(Headline);
        foreach (var observation in Inputs.Concat(Outputs))
        {
            text.Append("  ").AppendLine(observation.ToString());
        }

        return text.ToString().TrimEnd();
    }

    private static string NonNumber(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
}
