using System.Numerics;

namespace Verification.Symbolic.Evaluation;

/// <content>exp, log, log(1 + t), ln 2 and integer powers.</content>
public readonly partial struct HighPrecisionReal
{
    // Extra bits carried inside exp and log so that their own result is good to about one ulp.
    private const int FunctionGuardBits = 32;

    // ln 2 is computed once, to this many bits, on first use, and rounded for every smaller need;
    // larger needs compute it afresh. Immutable: no state changes after the first computation.
    private const int CachedLn2Bits = 1536;

    // exp(x) for |x| at or beyond 2^52 has a binary exponent too large to be useful (or representable
    // in a long after scaling): it is rejected rather than silently wrong.
    private const int MaxExpArgumentBits = 52;

    private static readonly Lazy<HighPrecisionReal> CachedLn2 = new(() => ComputeLn2(CachedLn2Bits));

    /// <summary>ln 2 to <paramref name="precisionBits"/> bits.</summary>
    public static HighPrecisionReal Ln2(int precisionBits) =>
        precisionBits <= CachedLn2Bits - FunctionGuardBits
            ? CachedLn2.Value.WithPrecision(precisionBits)
            : ComputeLn2(precisionBits);

    /// <summary>e^x, to within about one ulp at the precision of <paramref name="x"/>.</summary>
    /// <exception cref="OverflowException">When |x| ≥ 2^52.</exception>
    public static HighPrecisionReal Exp(HighPrecisionReal x)
    {
        var precision = x.PrecisionBits;
        if (x.IsZero)
        {
            return One(precision);
        }

        if (x.TopBit > MaxExpArgumentBits)
        {
            throw new OverflowException($"exp argument {x.ToString(20)} is beyond the supported range |x| < 2^{MaxExpArgumentBits}.");
        }

        // Argument reduction: x = k·ln 2 + r with |r| ≲ ln 2 / 2, so e^x = 2^k·e^r exactly in binary.
        var k = (long)Math.Round(x.ToDouble() / Math.Log(2));
        var kBits = (int)new BigInteger(Math.Abs(k)).GetBitLength();
        var working = precision + FunctionGuardBits;
        var halvings = (int)Math.Sqrt(working);
        var fractionBits = working + halvings + 8;

        // k·ln 2 must be accurate to fractionBits absolute bits, so ln 2 needs kBits more.
        var reductionPrecision = fractionBits + kBits + 8;
        var r = x.WithPrecision(Math.Max(reductionPrecision, precision)) - (FromInteger(k, reductionPrecision) * Ln2(reductionPrecision));

        // e^r = (e^(r/2^s))^(2^s): the series converges fast for the small r/2^s, and the s squarings
        // cost s bits, which the extra `halvings` fraction bits pay for.
        var scaled = ToFixedPoint(r, fractionBits - halvings);
        var result = ExpSeriesFixedPoint(scaled, fractionBits);
        for (var i = 0; i < halvings; i++)
        {
            result = RoundingShiftRight(result * result, fractionBits);
        }

        return Round(result, k - fractionBits, precision);
    }

    /// <summary>Natural logarithm, to within about one ulp at the precision of <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When x ≤ 0.</exception>
    public static HighPrecisionReal Log(HighPrecisionReal x)
    {
        if (x.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x.ToString(20), "log is defined only for positive numbers.");
        }

        var precision = x.PrecisionBits;
        var working = precision + FunctionGuardBits;

        // x = y·2^E with y in [1/√2, √2): then ln x = ln y + E·ln 2 and |ln y| ≤ ln 2 / 2, so the two
        // terms cannot cancel (for E ≠ 0, |ln x| ≥ ln 2 / 2), and x near 1 has E = 0 (no cancellation).
        var mantissa = x.Mantissa;
        var length = (long)mantissa.GetBitLength();
        var binaryExponent = x.Exponent + length;
        var yExponent = -length;
        if ((mantissa * mantissa) << 1 < BigInteger.One << (int)(2 * length))
        {
            binaryExponent--;
            yExponent++;
        }

        var y = Round(mantissa, yExponent, working);
        var one = One(working);

        // ln y = 2·atanh((y − 1)/(y + 1)); y − 1 is exact, so tiny ln y keep their relative precision.
        var lnY = AtanhSeries((y - one) / (y + one), working);
        lnY += lnY;
        if (binaryExponent == 0)
        {
            return lnY.WithPrecision(precision);
        }

        var exponentBits = (int)new BigInteger(Math.Abs(binaryExponent)).GetBitLength();
        var scaledLn2 = FromInteger(binaryExponent, working + exponentBits) * Ln2(working + exponentBits);
        return (lnY + scaledLn2).WithPrecision(precision);
    }

    /// <summary>ln(1 + t), accurate also for tiny t, where 1 + t would lose t's digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When t ≤ −1.</exception>
    public static HighPrecisionReal LogOnePlus(HighPrecisionReal t)
    {
        var precision = t.PrecisionBits;
        if (t.IsZero)
        {
            return Zero(precision);
        }

        var working = precision + FunctionGuardBits;
        if (t.TopBit > -2)
        {
            // |t| ≥ 1/4: 1 + t loses nothing that matters relative to the result.
            return Log(One(working) + t.WithPrecision(working)).WithPrecision(precision);
        }

        // ln(1 + t) = 2·atanh(t / (2 + t)), with the quotient computed to full relative precision.
        var wide = t.WithPrecision(working);
        var u = wide / (FromInteger(2, working) + wide);
        var result = AtanhSeries(u, working);
        return (result + result).WithPrecision(precision);
    }

    /// <summary>x^n for an integer n (x^0 = 1, also for x = 0).</summary>
    /// <exception cref="DivideByZeroException">When x = 0 and n &lt; 0.</exception>
    public static HighPrecisionReal Pow(HighPrecisionReal x, int exponent)
    {
        var precision = x.PrecisionBits;
        long remaining = Math.Abs((long)exponent);

        // Square-and-multiply rounds at most 2·log2(n) times; the guard bits absorb that.
        var working = precision + FunctionGuardBits + (2 * (int)new BigInteger(remaining).GetBitLength());
        var result = One(working);
        var power = x.WithPrecision(working);
        while (remaining > 0)
        {
            if ((remaining & 1) == 1)
            {
                result *= power;
            }

            remaining >>= 1;
            if (remaining > 0)
            {
                power *= power;
            }
        }

        return exponent < 0 ? One(precision) / result.WithPrecision(precision) : result.WithPrecision(precision);
    }

    // ln 2 = 2·atanh(1/3) = 2·Σ 1/((2k+1)·3^(2k+1)).
    private static HighPrecisionReal ComputeLn2(int precisionBits)
    {
        var working = precisionBits + FunctionGuardBits;
        var atanh = AtanhSeries(One(working) / FromInteger(3, working), working);
        return (atanh + atanh).WithPrecision(precisionBits);
    }

    // atanh(u) = Σ u^(2k+1)/(2k+1) for |u| ≤ 1/3, in fixed point with enough fraction bits that the
    // result keeps `precision` bits relative to |u| however small u is.
    private static HighPrecisionReal AtanhSeries(HighPrecisionReal u, int precision)
    {
        if (u.IsZero)
        {
            return Zero(precision);
        }

        var fractionBits = precision + 16 + (int)Math.Max(0, -u.TopBit);
        var scaled = ToFixedPoint(u, fractionBits);
        var square = RoundingShiftRight(scaled * scaled, fractionBits);
        var power = scaled;
        var sum = BigInteger.Zero;
        for (var denominator = 1; !power.IsZero; denominator += 2)
        {
            sum += power / denominator;
            power = RoundingShiftRight(power * square, fractionBits);
        }

        return Round(sum, -fractionBits, precision);
    }

    // e^t = Σ t^k/k! in fixed point with `fractionBits` fraction bits, for a small fixed-point t.
    private static BigInteger ExpSeriesFixedPoint(BigInteger t, int fractionBits)
    {
        var term = BigInteger.One << fractionBits;
        var sum = term;
        for (var k = 1; !term.IsZero; k++)
        {
            term = RoundingShiftRight(term * t, fractionBits) / k;
            sum += term;
        }

        return sum;
    }

    // round(x · 2^fractionBits) as an integer.
    private static BigInteger ToFixedPoint(HighPrecisionReal x, int fractionBits)
    {
        var shift = x.Exponent + fractionBits;
        return shift >= 0 ? x.Mantissa << (int)shift : RoundingShiftRight(x.Mantissa, (int)-shift);
    }

    // round(value / 2^shift), halves away from zero (only used inside guarded computations).
    private static BigInteger RoundingShiftRight(BigInteger value, int shift)
    {
        if (shift <= 0)
        {
            return value << -shift;
        }

        var magnitude = (BigInteger.Abs(value) + (BigInteger.One << (shift - 1))) >> shift;
        return value.Sign < 0 ? -magnitude : magnitude;
    }
}
