namespace Verification.Documents.Comparisons;

/// <summary>One sample point: the derived formula compiled, our kernel, and the finite difference (NaN when there is none).</summary>
public sealed record ComparisonRow(IReadOnlyDictionary<string, double> Point, double Derived, double Kernel, double FiniteDifference)
{
    /// <summary>|derived − kernel|, the disagreement between the mathematics and the code.</summary>
    public double Difference => Math.Abs(Derived - Kernel);
}
