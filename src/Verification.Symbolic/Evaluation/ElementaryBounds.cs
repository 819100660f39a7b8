using System.Numerics;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// Rigorous lower and upper bounds of e^x and ln x at exact binary points, and of ln 2: every bound
/// carries an explicit error term, so the exact value always lies between the two.
/// </summary>
/// <remarks>
/// All sums are taken in fixed point (integers in units of 2^−G) and each bound is proved below where
/// it is computed. The rounding of one fixed-point step (a shift or an integer division, truncating
/// toward zero) is less than one unit; an error already present is multiplied by the step's factor,
/// which is at most 1/2 in the series used here, so a term's error stays below a small constant and
/// the sum of N terms is off by at most a constant times N units. The truncated tail is bounded by a
/// geometric series. Only then is the result rounded outward (<see cref="RoundingDirection"/>).
/// </remarks>
internal static class ElementaryBounds
{
    /// <summary>e^x for |x| ≥ 2^52 (x &gt; 0) has a binary exponent that no long holds once scaled: rejected.</summary>
    public const int MaxExpArgumentBits = 52;

    // Bits beyond the requested precision carried through the series and the squarings.
    private const int GuardBits = 32;

    // ln 2 is computed once to this many fraction bits and cut down for every smaller need (still a
    // rigorous bound: the floor of a lower bound and the ceiling of an upper one); larger needs compute it afresh.
    private const int CachedLn2FractionBits = 8192;

    private static readonly Lazy<(BigInteger Lower, BigInteger Upper)> CachedLn2 = new(() => ComputeLn2(CachedLn2FractionBits));

    /// <summary>Integers (L, U) with L ≤ ln 2 · 2^<paramref name="fractionBits"/> ≤ U.</summary>
    public static (BigInteger Lower, BigInteger Upper) Ln2(int fractionBits)
    {
        if (fractionBits > CachedLn2FractionBits)
        {
            return ComputeLn2(fractionBits);
        }

        var (lower, upper) = CachedLn2.Value;
        var shift = CachedLn2FractionBits - fractionBits;
        return (FloorShiftRight(lower, shift), CeilingShiftRight(upper, shift));
    }

    /// <summary>A bound of e^x: ≤ e^x for <see cref="RoundingDirection.Down"/>, ≥ e^x for Up, with <paramref name="precisionBits"/> bits.</summary>
    /// <exception cref="OverflowException">When x ≥ 2^52.</exception>
    public static HighPrecisionReal Exp(HighPrecisionReal x, int precisionBits, RoundingDirection direction)
    {
        if (x.IsZero)
        {
            return HighPrecisionReal.One(precisionBits);
        }

        if (x.FloorLog2 >= MaxExpArgumentBits)
        {
            if (x.Sign > 0)
            {
                throw new OverflowException($"exp argument ≥ 2^{x.FloorLog2} is beyond the supported range x < 2^{MaxExpArgumentBits}.");
            }

            // x ≤ −2^52 ⇒ 0 < e^x ≤ e^(−2^52) < 2^(−2^52), since e > 2.
            return direction == RoundingDirection.Down
                ? HighPrecisionReal.Zero(precisionBits)
                : HighPrecisionReal.FromMantissaAndExponent(BigInteger.One, -(1L << MaxExpArgumentBits), precisionBits, direction);
        }

        // e^x = 2^k · e^r with r = x − k·ln 2, k = round(x / ln 2): |r| ≤ ln 2 / 2 up to the double
        // error of k (|r| < 2 for |x| < 2^52). Then e^r = (e^(r/2^s))^(2^s): the series for the tiny
        // r/2^s needs few terms, and each squaring at most doubles the relative error, which the s extra
        // fraction bits pay for.
        var working = precisionBits + GuardBits;
        var halvings = Math.Max(4, (int)Math.Sqrt(working));
        var seriesBits = working + halvings + 8;
        var reducedBits = seriesBits - halvings;
        var k = (long)Math.Round(x.ToDouble() / Math.Log(2));
        var lnBits = reducedBits + (int)new BigInteger(Math.Abs(k)).GetBitLength() + 2;
        var (ln2Lower, ln2Upper) = Ln2(lnBits);

        // k·ln 2 · 2^reducedBits ∈ [kLnLower, kLnUpper] (for k < 0 the upper bound of ln 2 gives the lower product).
        var (kLow, kHigh) = k >= 0 ? (k * ln2Lower, k * ln2Upper) : (k * ln2Upper, k * ln2Lower);
        var shift = lnBits - reducedBits;

        // r · 2^reducedBits ∈ [⌊x·2^E⌋ − ⌈k ln 2·2^E⌉, ⌈x·2^E⌉ − ⌊k ln 2·2^E⌋]: the endpoint in our direction.
        var reduced = direction == RoundingDirection.Down
            ? FloorScale(x, reducedBits) - CeilingShiftRight(kHigh, shift)
            : CeilingScale(x, reducedBits) - FloorShiftRight(kLow, shift);

        // The same integer read with seriesBits fraction bits is t = r'/2^s, the endpoint r' scaled down exactly.
        if (BigInteger.Abs(reduced) > BigInteger.One << (seriesBits - 1))
        {
            throw new InvalidOperationException($"exp argument reduction left |r/2^s| > 1/2 for x = {x.ToString(20)}.");
        }

        var (seriesLower, seriesUpper) = ExpSeries(reduced, seriesBits);
        var value = direction == RoundingDirection.Down ? BigInteger.Max(seriesLower, BigInteger.Zero) : seriesUpper;

        // 0 ≤ a ≤ e^t·2^G ⇒ ⌊a²/2^G⌋ ≤ e^(2t)·2^G, and b ≥ e^t·2^G ⇒ ⌈b²/2^G⌉ ≥ e^(2t)·2^G.
        for (var i = 0; i < halvings; i++)
        {
            value = direction == RoundingDirection.Down
                ? FloorShiftRight(value * value, seriesBits)
                : CeilingShiftRight(value * value, seriesBits);
        }

        return HighPrecisionReal.FromMantissaAndExponent(value, checked(k - seriesBits), precisionBits, direction);
    }

    /// <summary>A bound of ln x for x &gt; 0: ≤ ln x for <see cref="RoundingDirection.Down"/>, ≥ ln x for Up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When x ≤ 0.</exception>
    public static HighPrecisionReal Log(HighPrecisionReal x, int precisionBits, RoundingDirection direction)
    {
        if (x.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x.ToString(20), "log is defined only for positive numbers.");
        }

        // x = y·2^B with y = M/D in [1/√2, √2) (D a power of two): ln x = 2·atanh(u) + B·ln 2 with
        // u = (y − 1)/(y + 1) = (M − D)/(M + D), |u| ≤ (√2 − 1)/(√2 + 1) < 0.172. For B ≠ 0, |ln x| ≥ ln 2 / 2,
        // so an absolute error of 2^−working is relative; for B = 0 the fraction bits grow with 1/|u|.
        var mantissa = x.Mantissa;
        var length = (long)mantissa.GetBitLength();
        var binaryExponent = checked(x.Exponent + length);
        var denominatorBits = length;
        if ((mantissa * mantissa) << 1 < BigInteger.One << (int)(2 * length))
        {
            binaryExponent--;
            denominatorBits--;
        }

        var denominator = BigInteger.One << (int)denominatorBits;
        var numerator = mantissa - denominator;
        var working = precisionBits + GuardBits;
        var smallness = numerator.IsZero ? 0 : Math.Max(0, (int)((mantissa + denominator).GetBitLength() - BigInteger.Abs(numerator).GetBitLength()));

        // ln y = 2^s·ln(y^(1/2^s)): s square roots bring u down by 2^s, so the series needs about
        // G/(2s + 5) terms instead of G/5, for s roots of about three divisions each (s ≈ √(G/6)
        // balances the two). Each root is taken down (⌊√⌋) for the lower bound and up (⌈√⌉) for the
        // upper one: √ is increasing, so the bounds stay bounds; the 2^s factor multiplies their error,
        // which the s extra fraction bits pay for. Near 1 (small u) the series is fast already.
        var roots = smallness >= 16 ? 0 : (int)Math.Sqrt(working / 6.0);
        var fractionBits = working + roots + smallness + 8;
        var unit = BigInteger.One << fractionBits;
        var scaled = direction == RoundingDirection.Down
            ? FloorShiftRight(mantissa, (int)(denominatorBits - fractionBits))
            : CeilingShiftRight(mantissa, (int)(denominatorBits - fractionBits));
        for (var i = 0; i < roots; i++)
        {
            scaled = direction == RoundingDirection.Down ? FloorSquareRoot(scaled << fractionBits) : CeilingSquareRoot(scaled << fractionBits);
        }

        // u' = (Y − 1)/(Y + 1) for Y = scaled/2^G is increasing in Y: T = ⌊u'·2^G⌋ (Down) or ⌈u'·2^G⌉ (Up).
        var quotient = BigInteger.DivRem((scaled - unit) << fractionBits, scaled + unit, out var remainder);
        if (direction == RoundingDirection.Down && remainder.Sign < 0)
        {
            quotient -= BigInteger.One;
        }
        else if (direction == RoundingDirection.Up && remainder.Sign > 0)
        {
            quotient += BigInteger.One;
        }

        var (atanhLower, atanhUpper) = AtanhSeries(quotient, fractionBits);
        var bound = (direction == RoundingDirection.Down ? atanhLower : atanhUpper) << (roots + 1);
        if (binaryExponent != 0)
        {
            var lnBits = fractionBits + (int)new BigInteger(Math.Abs(binaryExponent)).GetBitLength() + 2;
            var (ln2Lower, ln2Upper) = Ln2(lnBits);
            var (low, high) = binaryExponent > 0 ? (binaryExponent * ln2Lower, binaryExponent * ln2Upper) : (binaryExponent * ln2Upper, binaryExponent * ln2Lower);
            var shift = lnBits - fractionBits;
            bound += direction == RoundingDirection.Down ? FloorShiftRight(low, shift) : CeilingShiftRight(high, shift);
        }

        return HighPrecisionReal.FromMantissaAndExponent(bound, -fractionBits, precisionBits, direction);
    }

    // ln 2 = 2·atanh(1/3) = Σ_k 2/((2k+1)·3^(2k+1)). With p_k = ⌊2^(G+1)/3^(2k+1)⌋ (p_(k+1) = ⌊p_k/9⌋
    // exactly, floors nest), the term ⌊p_k/(2k+1)⌋ is below the true one by less than 1/(2k+1) + 1 ≤ 2
    // units; once p_k = 0 the remaining true terms are < Σ_j 9^−j < 2 units. So the sum L of N terms
    // satisfies L ≤ ln 2·2^G ≤ L + 2N + 2.
    internal static (BigInteger Lower, BigInteger Upper) ComputeLn2(int fractionBits)
    {
        var power = (BigInteger.One << (fractionBits + 1)) / 3;
        var sum = BigInteger.Zero;
        var terms = 0;
        for (var k = 0; !power.IsZero; k++)
        {
            sum += power / ((2 * k) + 1);
            power /= 9;
            terms++;
        }

        return (sum, sum + (2 * terms) + 2);
    }

    // e^t·2^G for t = T/2^G, |t| ≤ 1/2, as (S − R, S + R). Each term is computed from the previous one
    // as trunc(trunc(term·T/2^G)/k): less than 2 units of new error, and the error carried is
    // multiplied by |t|/k ≤ 1/2, so every term is within 4 units. Once a computed term is 0 the true
    // one is < 4 units and the tail after it, a series of ratio ≤ 1/2, is < 4 units more. R = 4N + 4.
    internal static (BigInteger Lower, BigInteger Upper) ExpSeries(BigInteger t, int fractionBits)
    {
        var term = BigInteger.One << fractionBits;
        var sum = term;
        var terms = 0;
        for (var k = 1; !term.IsZero; k++)
        {
            term = TruncateShiftRight(term * t, fractionBits) / k;
            sum += term;
            terms++;
        }

        var radius = (4 * terms) + 4;
        return (sum - radius, sum + radius);
    }

    // atanh(t)·2^G = Σ t^(2k+1)/(2k+1)·2^G for t = T/2^G, |t| < 1/4, as (S − R, S + R). The square
    // t²·2^G is truncated (error < 1 unit, so < |power|/2^G ≤ 1 unit in each product), each power step
    // truncates once more and multiplies the carried error by t² < 1/16: powers stay within 2.2 units
    // and terms (divided by 2k+1, truncated) within 3.2. Once a power is 0 the rest is below
    // 2.2·Σ 16^−j < 3 units. R = 4N + 4.
    internal static (BigInteger Lower, BigInteger Upper) AtanhSeries(BigInteger t, int fractionBits)
    {
        if (BigInteger.Abs(t) << 2 >= BigInteger.One << fractionBits)
        {
            throw new InvalidOperationException("atanh series called with |t| ≥ 1/4.");
        }

        var square = TruncateShiftRight(t * t, fractionBits);
        var power = t;
        var sum = BigInteger.Zero;
        var terms = 0;
        for (var denominator = 1; !power.IsZero; denominator += 2)
        {
            sum += power / denominator;
            power = TruncateShiftRight(power * square, fractionBits);
            terms++;
        }

        var radius = (4 * terms) + 4;
        return (sum - radius, sum + radius);
    }

    // ⌊√n⌋ for n ≥ 0: Newton's iteration x ← ⌊(x + ⌊n/x⌋)/2⌋ decreases strictly from any x ≥ ⌊√n⌋ + 1 and
    // stops at ⌊√n⌋. The start (⌊√(n/4^k)⌋ + 1)·2^k > √n comes from the root of the top half of the
    // bits, so a step or two suffices.
    internal static BigInteger FloorSquareRoot(BigInteger n)
    {
        if (n < long.MaxValue)
        {
            var guess = (long)Math.Sqrt((double)n);
            while (guess > 0 && (BigInteger)guess * guess > n)
            {
                guess--;
            }

            while ((BigInteger)(guess + 1) * (guess + 1) <= n)
            {
                guess++;
            }

            return guess;
        }

        var half = (int)(n.GetBitLength() / 4);
        var x = (FloorSquareRoot(n >> (2 * half)) + 1) << half;
        while (true)
        {
            var next = (x + (n / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }

    internal static BigInteger CeilingSquareRoot(BigInteger n)
    {
        var root = FloorSquareRoot(n);
        return root * root == n ? root : root + 1;
    }

    // ⌊x · 2^bits⌋ and ⌈x · 2^bits⌉ for an exact binary x.
    private static BigInteger FloorScale(HighPrecisionReal x, int bits)
    {
        var shift = x.Exponent + bits;
        return shift >= 0 ? x.Mantissa << (int)shift : FloorShiftRight(x.Mantissa, (int)-shift);
    }

    private static BigInteger CeilingScale(HighPrecisionReal x, int bits) => -FloorScale(-x, bits);

    // ⌊v / 2^s⌋: BigInteger's shift is arithmetic (two's complement), which is the floor.
    internal static BigInteger FloorShiftRight(BigInteger value, int shift) => shift <= 0 ? value << -shift : value >> shift;

    internal static BigInteger CeilingShiftRight(BigInteger value, int shift) => -FloorShiftRight(-value, shift);

    // trunc(v / 2^s), toward zero.
    internal static BigInteger TruncateShiftRight(BigInteger value, int shift) =>
        value.Sign < 0 ? -(BigInteger.Abs(value) >> shift) : value >> shift;
}
