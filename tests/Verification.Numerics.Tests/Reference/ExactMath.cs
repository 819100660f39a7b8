namespace Verification.Numerics.Tests.Reference;

/// <summary>
/// Reference values of the kernels' functions at given double (or float, widened exactly) inputs,
/// in double-double arithmetic with the plain textbook formulas. Relative error about 2⁻⁹⁰, far below
/// the ulp of a double; this is what "exact" means in the accuracy tests.
/// </summary>
internal static class ExactMath
{
    /// <summary>Below this e^x is far under the smallest subnormal (2⁻¹⁰⁷⁴ ≈ e^(−744.4)) and treated as 0.</summary>
    private const double NegligibleExponent = -1500;

    public static ExactValue Exp(DoubleDouble x)
    {
        if (double.IsNegativeInfinity(x.Hi) || x.Hi < NegligibleExponent)
        {
            return ExactValue.Zero;
        }

        var (mantissa, exponent) = DoubleDouble.ExpParts(x);
        return new ExactValue(mantissa, exponent);
    }

    /// <summary>σ(x) = 1/(1 + e^(−x)), written as e^x/(1 + e^x) for x &lt; 0 so tiny results keep their exponent.</summary>
    public static ExactValue Sigmoid(double x)
    {
        if (x >= 0)
        {
            return DoubleDouble.One / (DoubleDouble.One + Exp(-x).ToDoubleDouble());
        }

        var exponential = Exp(x);
        return exponential with { Mantissa = exponential.Mantissa / (DoubleDouble.One + exponential.ToDoubleDouble()) };
    }

    /// <summary>
    /// tanh x = sign(x)·(1 − e^(−2|x|))/(1 + e^(−2|x|)) in double-double; below 2⁻²⁰ the series x − x³/3 + 2x⁵/15,
    /// whose next term is under 2⁻¹²⁰ relative.
    /// </summary>
    public static ExactValue Tanh(double x)
    {
        var magnitude = Math.Abs(x);
        DoubleDouble value;
        if (magnitude < Math.ScaleB(1, -20))
        {
            var v = new DoubleDouble(magnitude, 0);
            var square = v * v;
            value = v - (v * square / new DoubleDouble(3, 0)) + (new DoubleDouble(2, 0) * v * square * square / new DoubleDouble(15, 0));
        }
        else
        {
            var decaying = Exp(new DoubleDouble(-2 * magnitude, 0)).ToDoubleDouble();
            value = (DoubleDouble.One - decaying) / (DoubleDouble.One + decaying);
        }

        return x < 0 ? -value : value;
    }

    /// <summary>σ′(x) = σ(x)·(1 − σ(x)) = e^(−|x|)/(1 + e^(−|x|))².</summary>
    public static ExactValue SigmoidDerivative(double x)
    {
        var exponential = Exp(-Math.Abs(x));
        var denominator = DoubleDouble.One + exponential.ToDoubleDouble();
        return exponential with { Mantissa = exponential.Mantissa / (denominator * denominator) };
    }

    /// <summary>log σ(x) = −log(1 + e^(−x)).</summary>
    public static ExactValue LogSigmoid(double x)
    {
        if (x >= 0)
        {
            return -LogOnePlus(Exp(-x));
        }

        return x - LogOnePlus(Exp(x)).ToDoubleDouble();
    }

    /// <summary>softmax(x)ᵢ = e^(xᵢ − m)/Σⱼ e^(xⱼ − m), with the differences exact in double-double.</summary>
    public static ExactValue[] Softmax(ReadOnlySpan<double> x)
    {
        var maximum = Max(x);
        var exponentials = new ExactValue[x.Length];
        var sum = DoubleDouble.Zero;
        for (var i = 0; i < x.Length; i++)
        {
            exponentials[i] = Exp(Difference(x[i], maximum));
            sum += exponentials[i].ToDoubleDouble();
        }

        var result = new ExactValue[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = exponentials[i] with { Mantissa = exponentials[i].Mantissa / sum };
        }

        return result;
    }

    /// <summary>
    /// log softmax(x)ᵢ = (xᵢ − m) − log Σⱼ e^(xⱼ − m), with log Σ = log(1 + Σ′) formed from the exact
    /// remainder Σ′ so that a subnormal result for the maximal entry keeps its digits.
    /// </summary>
    public static ExactValue[] LogSoftmax(ReadOnlySpan<double> x)
    {
        var maximum = Max(x);
        var logSum = LogOnePlus(Remainder(x, maximum));
        var result = new ExactValue[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = double.IsNegativeInfinity(x[i]) ? ExactValue.NegativeInfinity
                : x[i] == maximum ? -logSum
                : Difference(x[i], maximum) - logSum.ToDoubleDouble();
        }

        return result;
    }

    /// <summary>log Σᵢ e^(xᵢ) = m + log(1 + Σ′).</summary>
    public static ExactValue LogSumExp(ReadOnlySpan<double> x)
    {
        var maximum = Max(x);
        var logSum = LogOnePlus(Remainder(x, maximum));
        return maximum == 0 ? logSum : maximum + logSum.ToDoubleDouble();
    }

    /// <summary>
    /// log(1 + a) for a ≥ 0: the series a·(1 − a/2) below 2⁻⁶⁰ (next term a³/3 is below 2⁻¹²⁰ relative);
    /// below 2⁻¹⁰ the series 2·(s + s³/3 + … + s¹¹/11), s = a/(2 + a) ≤ 2⁻¹¹ (next term below 2⁻¹²⁰
    /// relative), because the Newton-refined <see cref="DoubleDouble.Log"/> is accurate to about 2⁻¹⁰⁴
    /// absolutely, too little relative accuracy for a tiny result; else log of the double-double 1 + a.
    /// </summary>
    public static ExactValue LogOnePlus(ExactValue a)
    {
        if (a.IsZero)
        {
            return ExactValue.Zero;
        }

        var approximate = a.ToDouble();
        if (approximate < Math.ScaleB(1.0, -60))
        {
            return a with { Mantissa = a.Mantissa * (DoubleDouble.One - (approximate / 2)) };
        }

        if (approximate < Math.ScaleB(1.0, -10))
        {
            var value = a.ToDoubleDouble();
            var s = value / (new DoubleDouble(2, 0) + value);
            var square = s * s;
            var sum = DoubleDouble.Zero;
            for (var k = 11; k >= 3; k -= 2)
            {
                sum = (sum + (DoubleDouble.One / new DoubleDouble(k, 0))) * square;
            }

            return new DoubleDouble(2, 0) * ((s * sum) + s);
        }

        return DoubleDouble.Log(DoubleDouble.One + a.ToDoubleDouble());
    }

    /// <summary>Σ′ = Σⱼ e^(xⱼ − m) over all j but one maximal entry, summed at the scale of its largest term.</summary>
    public static ExactValue Remainder(ReadOnlySpan<double> x, double maximum)
    {
        var terms = new List<ExactValue>();
        var skippedMaximum = false;
        foreach (var value in x)
        {
            if (value == maximum && !skippedMaximum)
            {
                skippedMaximum = true;
                continue;
            }

            var term = Exp(Difference(value, maximum));
            if (!term.IsZero)
            {
                terms.Add(term);
            }
        }

        if (terms.Count == 0)
        {
            return ExactValue.Zero;
        }

        var scale = terms.Max(term => term.Exponent);
        var sum = DoubleDouble.Zero;
        foreach (var term in terms)
        {
            sum += DoubleDouble.ScaleB(term.Mantissa, term.Exponent - scale);
        }

        return new ExactValue(sum, scale);
    }

    public static DoubleDouble ToDoubleDouble(this ExactValue value) =>
        value.IsZero ? DoubleDouble.Zero : DoubleDouble.ScaleB(value.Mantissa, value.Exponent);

    private static DoubleDouble Difference(double value, double maximum) =>
        double.IsNegativeInfinity(value) ? new DoubleDouble(double.NegativeInfinity, 0) : DoubleDouble.Difference(value, maximum);

    private static double Max(ReadOnlySpan<double> x)
    {
        var maximum = double.NegativeInfinity;
        foreach (var value in x)
        {
            maximum = Math.Max(maximum, value);
        }

        return maximum;
    }
}
