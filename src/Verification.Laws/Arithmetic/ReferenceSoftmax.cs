namespace Verification.Laws.Arithmetic;

/// <summary>
/// The oracle the Jacobian and gradient laws compare against: the max-shifted softmax evaluated in double on
/// the (exactly widened) input, together with the quantities its error bounds are written in.
/// </summary>
/// <remarks>
/// Shifting by m = max xⱼ makes every exponent ≤ 0, so nothing overflows and the largest term is exactly 1
/// (S ≥ 1). Rounding xᵢ − m perturbs the exponent by ≤ u·|xᵢ − m|, so entry i carries a relative error of
/// about u·(k + 2 + |xᵢ − m| + Σⱼ sⱼ|xⱼ − m|): the summation, the division, its own exponent and the
/// exponents' share of S. <see cref="ExponentSpread"/> and <see cref="WeightedSpread"/> hold those two
/// exponent terms, capped at the underflow exponent of the format under test.
/// </remarks>
internal sealed record ReferenceSoftmax(double[] Probabilities, double Max, double[] ExponentSpread, double WeightedSpread)
{
    /// <summary>Computes the reference; the row must satisfy <see cref="Vectors.IsSoftmaxDefined{T}"/>.</summary>
    /// <param name="x">The row, widened to double.</param>
    /// <param name="underflowExponent">Cap for |xᵢ − m| (see <see cref="FloatingPointFacts{T}.UnderflowExponent"/>).</param>
    public static ReferenceSoftmax Of(ReadOnlySpan<double> x, double underflowExponent)
    {
        var max = double.NegativeInfinity;
        foreach (var value in x)
        {
            max = Math.Max(max, value);
        }

        var exponentials = new double[x.Length];
        var spread = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            exponentials[i] = Math.Exp(x[i] - max);
            spread[i] = Math.Min(Math.Abs(x[i] - max), underflowExponent);
        }

        var sum = AccurateSum.Of(exponentials);
        var weightedSpread = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            exponentials[i] /= sum;
            weightedSpread += exponentials[i] * spread[i];
        }

        return new ReferenceSoftmax(exponentials, max, spread, weightedSpread);
    }
}
