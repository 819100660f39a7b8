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
    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("measured ").Append(NumberFormat.Number(MeasuredError))
            .Append(" > allowed ").Append(NumberFormat.Number(AllowedTolerance))
            .Append(" at ").AppendLine(Where);
        foreach (var observation in Inputs.Concat(Outputs))
        {
            text.Append("  ").AppendLine(observation.ToString());
        }

        return text.ToString().TrimEnd();
    }
}
