using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// An arbitrary-precision binary floating-point number: <see cref="Mantissa"/> × 2^<see cref="Exponent"/>
/// with |Mantissa| &lt; 2^<see cref="PrecisionBits"/>. Floating rather than fixed point so that
/// e^±1000 and other huge or tiny magnitudes keep their full relative precision.
/// </summary>
/// <remarks>
/// Every arithmetic operation is correctly rounded (to nearest, ties to even) to the larger precision
/// of its operands; <see cref="Exp"/>, <see cref="Log"/> and <see cref="LogOnePlus"/> are accurate to
/// within one unit in the last place (they work with 32 guard bits internally). The representation
/// is canonical (odd mantissa, or 0 with exponent 0), so equality is equality of values; the precision
/// is not part of the value. <c>default</c> is 0 at <see cref="DefaultPrecisionBits"/>.
/// </remarks>
public readonly partial struct HighPrecisionReal : IEquatable<HighPrecisionReal>, IComparable<HighPrecisionReal>
{
    /// <summary>The decimal digits used when none are asked for.</summary>
    public const int DefaultDecimalDigits = 60;

    private readonly int precisionBits;

    private HighPrecisionReal(BigInteger mantissa, long exponent, int precisionBits)
    {
        Mantissa = mantissa;
        Exponent = exponent;
        this.precisionBits = precisionBits;
    }

    /// <summary>Binary precision for <see cref="DefaultDecimalDigits"/>.</summary>
    public static int DefaultPrecisionBits => PrecisionBitsForDecimalDigits(DefaultDecimalDigits);

    /// <summary>The signed integer m in m × 2^e; odd unless the value is 0.</summary>
    public BigInteger Mantissa { get; }

    /// <summary>The binary exponent e in m × 2^e.</summary>
    public long Exponent { get; }

    /// <summary>Significant bits kept by operations that produce this value.</summary>
    public int PrecisionBits => precisionBits == 0 ? DefaultPrecisionBits : precisionBits;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => Mantissa.Sign;

    /// <summary>True for 0.</summary>
    public bool IsZero => Mantissa.IsZero;

    /// <summary>⌊log2 |x|⌋ for x ≠ 0, so 2^FloorLog2 ≤ |x| &lt; 2^(FloorLog2 + 1); <see cref="long.MinValue"/> for 0.</summary>
    public long FloorLog2 => IsZero ? long.MinValue : TopBit - 1;

    // Position one above the leading bit: 2^(TopBit − 1) ≤ |x| < 2^TopBit. Meaningless for 0.
    private long TopBit => Exponent + (long)BigInteger.Abs(Mantissa).GetBitLength();

    /// <summary>Bits needed to hold <paramref name="decimalDigits"/> significant decimal digits.</summary>
    public static int PrecisionBitsForDecimalDigits(int decimalDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decimalDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimalDigits, 1_000_000);
        return (int)Math.Ceiling(decimalDigits * Math.Log2(10)) + 1;
    }

    /// <summary>Significant decimal digits that <paramref name="precisionBits"/> bits always hold.</summary>
    public static int DecimalDigitsForPrecisionBits(int precisionBits) =>
        Math.Max(1, (int)Math.Floor((precisionBits - 1) * Math.Log10(2)));

    /// <summary>The integer <paramref name="value"/>, rounded to <paramref name="precisionBits"/> bits if longer.</summary>
    public static HighPrecisionReal FromInteger(BigInteger value, int precisionBits) => Round(value, 0, precisionBits);

    /// <summary>The rational <paramref name="value"/>, correctly rounded to <paramref name="precisionBits"/> bits.</summary>
    /// <exception cref="ArgumentException">For NaN or an infinity (a zero denominator).</exception>
    public static HighPrecisionReal FromFraction(Fraction value, int precisionBits)
    {
        if (value.Denominator.IsZero)
        {
            throw new ArgumentException($"{value} is not a finite rational.", nameof(value));
        }

        var numerator = value.Denominator.Sign < 0 ? -value.Numerator : value.Numerator;
        return DivideIntegers(numerator, BigInteger.Abs(value.Denominator), 0, precisionBits);
    }

    /// <summary>0 at the given precision.</summary>
    public static HighPrecisionReal Zero(int precisionBits) => FromInteger(BigInteger.Zero, precisionBits);

    /// <summary>1 at the given precision.</summary>
    public static HighPrecisionReal One(int precisionBits) => FromInteger(BigInteger.One, precisionBits);

    /// <summary>This value correctly rounded to <paramref name="bits"/> significant bits.</summary>
    public HighPrecisionReal WithPrecision(int bits) => Round(Mantissa, Exponent, bits);

    /// <summary>|x|.</summary>
    public static HighPrecisionReal Abs(HighPrecisionReal x) => x.Sign < 0 ? -x : x;

    /// <summary>The larger of the two values.</summary>
    public static HighPrecisionReal Max(HighPrecisionReal a, HighPrecisionReal b) => a.CompareTo(b) >= 0 ? a : b;

    public static HighPrecisionReal operator -(HighPrecisionReal x) => new(-x.Mantissa, x.Exponent, x.PrecisionBits);

    public static HighPrecisionReal operator +(HighPrecisionReal a, HighPrecisionReal b)
    {
        var precision = Math.Max(a.PrecisionBits, b.PrecisionBits);
        if (a.IsZero || b.IsZero)
        {
            var other = a.IsZero ? b : a;
            return Round(other.Mantissa, other.Exponent, precision);
        }

        var (large, small) = a.TopBit >= b.TopBit ? (a, b) : (b, a);
        var largeLength = (long)BigInteger.Abs(large.Mantissa).GetBitLength();
        var stickyShift = precision + 4 - (int)largeLength;
        if (small.TopBit <= large.Exponent - stickyShift)
        {
            // The small operand lies below half an ulp of the result: only its sign matters for
            // rounding, so a single "sticky" unit far below the rounding position stands in for it.
            return Round((large.Mantissa << stickyShift) + small.Sign, large.Exponent - stickyShift, precision);
        }

        var (sum, exponent) = AlignedSum(a, b);
        return Round(sum, exponent, precision);
    }

    /// <summary>
    /// a + b exactly, as a mantissa at the smaller exponent. Operands 2^31 places apart would need a mantissa of
    /// 2^31 bits: the checked shift refuses them (OverflowException) rather than wrapping into a wrong value.
    /// </summary>
    private static (BigInteger Mantissa, long Exponent) AlignedSum(HighPrecisionReal a, HighPrecisionReal b)
    {
        var exponent = Math.Min(a.Exponent, b.Exponent);
        return ((a.Mantissa << checked((int)(a.Exponent - exponent))) + (b.Mantissa << checked((int)(b.Exponent - exponent))), exponent);
    }

    public static HighPrecisionReal operator -(HighPrecisionReal a, HighPrecisionReal b) => a + -b;

    // Exponent arithmetic is checked throughout: beyond ±2^63 it throws rather than wraps.
    public static HighPrecisionReal operator *(HighPrecisionReal a, HighPrecisionReal b) =>
        Round(a.Mantissa * b.Mantissa, checked(a.Exponent + b.Exponent), Math.Max(a.PrecisionBits, b.PrecisionBits));

    /// <exception cref="DivideByZeroException">When <paramref name="b"/> is 0.</exception>
    public static HighPrecisionReal operator /(HighPrecisionReal a, HighPrecisionReal b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("High-precision division by zero.");
        }

        return DivideIntegers(a.Mantissa, b.Mantissa, checked(a.Exponent - b.Exponent), Math.Max(a.PrecisionBits, b.PrecisionBits));
    }

    public static bool operator ==(HighPrecisionReal a, HighPrecisionReal b) => a.Equals(b);

    public static bool operator !=(HighPrecisionReal a, HighPrecisionReal b) => !a.Equals(b);

    public static bool operator <(HighPrecisionReal a, HighPrecisionReal b) => a.CompareTo(b) < 0;

    public static bool operator >(HighPrecisionReal a, HighPrecisionReal b) => a.CompareTo(b) > 0;

    public static bool operator <=(HighPrecisionReal a, HighPrecisionReal b) => a.CompareTo(b) <= 0;

    public static bool operator >=(HighPrecisionReal a, HighPrecisionReal b) => a.CompareTo(b) >= 0;

    /// <summary>Compares values exactly (precision plays no part).</summary>
    public int CompareTo(HighPrecisionReal other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        if (IsZero)
        {
            return 0;
        }

        return Sign * CompareMagnitudes(this, other);
    }

    /// <summary>Equality of values (the canonical form makes it structural).</summary>
    public bool Equals(HighPrecisionReal other) => Mantissa == other.Mantissa && Exponent == other.Exponent;

    public override bool Equals(object? obj) => obj is HighPrecisionReal other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Mantissa, Exponent);

    // Rounds m·2^e to nearest with ties to even, keeping at most `precision` bits.
    private static HighPrecisionReal Round(BigInteger mantissa, long exponent, int precision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precision, 2);
        if (mantissa.IsZero)
        {
            return new HighPrecisionReal(BigInteger.Zero, 0, precision);
        }

        var (rounded, roundedExponent) = RoundMantissa(mantissa, exponent, precision, direction: null);
        return new HighPrecisionReal(rounded, roundedExponent, precision);
    }

    // The step both roundings share: m·2^e (m ≠ 0) cut to at most `precision` significant bits, the
    // kept magnitude moved one unit away from zero when the dropped bits call for it (see RoundsAway),
    // then trailing zero bits stripped so that each value has exactly one representation.
    private static (BigInteger Mantissa, long Exponent) RoundMantissa(BigInteger mantissa, long exponent, int precision, RoundingDirection? direction)
    {
        var negative = mantissa.Sign < 0;
        var magnitude = BigInteger.Abs(mantissa);
        var length = (long)magnitude.GetBitLength();
        if (length > precision)
        {
            var shift = (int)(length - precision);
            var kept = magnitude >> shift;
            if (RoundsAway(kept, magnitude - (kept << shift), shift, negative, direction))
            {
                kept += BigInteger.One;
            }

            magnitude = kept;
            exponent = checked(exponent + shift);
        }

        var trailingZeros = (long)BigInteger.TrailingZeroCount(magnitude);
        magnitude >>= (int)trailingZeros;
        exponent = checked(exponent + trailingZeros);
        return (negative ? -magnitude : magnitude, exponent);
    }

    // Whether the magnitude `kept` (the `dropped` low `shift` bits cut off) moves one unit away from
    // zero. To nearest (no direction): when more than half a unit was dropped, or exactly half and
    // `kept` is odd (ties to even). Toward −∞ (Down) or +∞ (Up): when anything was dropped and the
    // direction points away from zero (Up for a positive value, Down for a negative one).
    private static bool RoundsAway(BigInteger kept, BigInteger dropped, int shift, bool negative, RoundingDirection? direction)
    {
        if (direction is { } toward)
        {
            return !dropped.IsZero && toward == (negative ? RoundingDirection.Down : RoundingDirection.Up);
        }

        var half = BigInteger.One << (shift - 1);
        return dropped > half || (dropped == half && !kept.IsEven);
    }

    // numerator / denominator × 2^exponent rounded to nearest (no direction) or in a direction: the
    // quotient is taken with at least precision + 2 bits and a sticky unit stands for a non-zero
    // remainder, so the stand-in lies in the same open cell of the rounding grid as the exact quotient
    // and no false tie can occur.
    private static HighPrecisionReal DivideIntegers(BigInteger numerator, BigInteger denominator, long exponent, int precision, RoundingDirection? direction = null)
    {
        var shift = Math.Max(0, precision + 2 + (int)BigInteger.Abs(denominator).GetBitLength() - (int)BigInteger.Abs(numerator).GetBitLength());
        var quotient = BigInteger.DivRem(numerator << shift, denominator, out var remainder);
        var sticky = remainder.IsZero ? 0 : (numerator.Sign * denominator.Sign);
        var (mantissa, mantissaExponent) = ((quotient << 1) + sticky, checked(exponent - shift - 1));
        return direction is { } toward ? RoundDirected(mantissa, mantissaExponent, precision, toward) : Round(mantissa, mantissaExponent, precision);
    }

    private static int CompareMagnitudes(HighPrecisionReal a, HighPrecisionReal b)
    {
        var byTopBit = a.TopBit.CompareTo(b.TopBit);
        if (byTopBit != 0)
        {
            return byTopBit;
        }

        // Same leading-bit position: the exponents differ by less than the mantissa lengths.
        var exponent = Math.Min(a.Exponent, b.Exponent);
        var left = BigInteger.Abs(a.Mantissa) << (int)(a.Exponent - exponent);
        var right = BigInteger.Abs(b.Mantissa) << (int)(b.Exponent - exponent);
        return left.CompareTo(right);
    }
}
