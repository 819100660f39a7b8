namespace Verification.Laws.Results;

/// <summary>A labelled vector in a counterexample, such as "x" or "softmax(x)"; values widened to double exactly.</summary>
public sealed record Observation(string Label, IReadOnlyList<double> Values)
{
    /// <summary>A labelled scalar.</summary>
    public static Observation Scalar(string label, double value) => new(label, [value]);

    /// <inheritdoc/>
    public override string ToString() => $"{Label} = {NumberFormat.Vector(Values)}";
}
