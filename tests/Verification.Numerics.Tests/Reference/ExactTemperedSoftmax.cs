namespace Verification.Numerics.Tests.Reference;

/// <summary>
/// References for the tempered kernels, softmax(x/T) and log softmax(x/T), at given double (or float,
/// widened exactly) inputs and temperature: qᵢ = (xᵢ − m)/T is formed in double-double (the difference
/// exactly, the quotient to about 2⁻¹⁰⁰ relative), then exponentiated and summed as in
/// <see cref="ExactMath"/>. Shares no code path with the kernels.
/// </summary>
internal static class ExactTemperedSoftmax
{
    public static ExactValue[] Softmax(ReadOnlySpan<double> x, double temperature)
    {
        var scaled = ScaledShifts(x, temperature);
        var exponentials = scaled.Select(ExactMath.Exp).ToArray();
        var sum = DoubleDouble.Zero;
        foreach (var exponential in exponentials)
        {
            sum += exponential.ToDoubleDouble();
        }

        return exponentials.Select(exponential => exponential with { Mantissa = exponential.Mantissa / sum }).ToArray();
    }

    /// <summary>log softmax(x/T)ᵢ = qᵢ − log(1 + Σ′), Σ′ the sum of e^(qⱼ) without one maximal entry, at the scale of its largest term.</summary>
    public static ExactValue[] LogSoftmax(ReadOnlySpan<double> x, double temperature)
    {
        var scaled = ScaledShifts(x, temperature);
        var maximumIndex = Array.FindIndex(scaled, q => q.Hi == 0);
        var terms = scaled.Where((_, j) => j != maximumIndex).Select(ExactMath.Exp).Where(term => !term.IsZero).ToList();
        var remainder = ExactValue.Zero;
        if (terms.Count > 0)
        {
            var scale = terms.Max(term => term.Exponent);
            var sum = DoubleDouble.Zero;
            foreach (var term in terms)
            {
                sum += DoubleDouble.ScaleB(term.Mantissa, term.Exponent - scale);
            }

            remainder = new ExactValue(sum, scale);
        }

        var logSum = ExactMath.LogOnePlus(remainder);
        return scaled.Select(q => double.IsNegativeInfinity(q.Hi) ? ExactValue.NegativeInfinity
            : q.Hi == 0 ? -logSum
            : (ExactValue)(q - logSum.ToDoubleDouble())).ToArray();
    }

    /// <summary>qᵢ = (xᵢ − m)/T; −∞ for a −∞ logit; exactly 0 for the maximal entries.</summary>
    private static DoubleDouble[] ScaledShifts(ReadOnlySpan<double> x, double temperature)
    {
        var maximum = double.NegativeInfinity;
        foreach (var value in x)
        {
            maximum = Math.Max(maximum, value);
        }

        var result = new DoubleDouble[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNegativeInfinity(x[i]))
            {
                result[i] = new DoubleDouble(double.NegativeInfinity, 0);
                continue;
            }

            // A difference beyond the double range is taken in halves (exact: both are far from the subnormals).
            var difference = DoubleDouble.Difference(x[i], maximum);
            result[i] = double.IsFinite(difference.Hi)
                ? difference / temperature
                : DoubleDouble.ScaleB(DoubleDouble.Difference(x[i] / 2, maximum / 2) / temperature, 1);
        }

        return result;
    }
}
