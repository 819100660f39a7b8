using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Evaluation;

/// <content>
/// Directed rounding (toward −∞ or +∞) to an explicit precision: the building block of
/// <see cref="Enclosure"/>, where a lower bound must round down and an upper bound up so that the
/// exact value is never lost.
/// </content>
public readonly partial struct HighPrecisionReal
{
    /// <summary>A precision large enough that no operation of this type rounds: the result is exact.</summary>
    public const int Exact = int.MaxValue;

    /// <summary>a + b rounded in <paramref name="direction"/> to <paramref name="precisionBits"/> bits.</summary>
    public static HighPrecisionReal Add(HighPrecisionReal a, HighPrecisionReal b, int precisionBits, RoundingDirection direction)
    {
        if (a.IsZero || b.IsZero)
        {
            var other = a.IsZero ? b : a;
            return RoundDirected(other.Mantissa, other.Exponent, precisionBits, direction);
        }

        var (large, small) = a.TopBit >= b.TopBit ? (a, b) : (b, a);
        var largeLength = (int)BigInteger.Abs(large.Mantissa).GetBitLength();

        // When |small| is below one unit of (large·2^s) and s leaves at least 4 bits to be dropped, the
        // sum lies strictly between two neighbours of the rounding grid exactly as large·2^s ± 1 does
        // (there is no integer strictly between large·2^s and large·2^s ± 1), so that stand-in rounds
        // the same way in either direction, and operands 2^(2^40) apart cost nothing.
        var stickyShift = Math.Max(4, precisionBits == Exact ? 4 : precisionBits + 4 - largeLength);
        if (precisionBits != Exact && small.TopBit <= large.Exponent - stickyShift)
        {
            return RoundDirected((large.Mantissa << stickyShift) + small.Sign, large.Exponent - stickyShift, precisionBits, direction);
        }

        var (sum, exponent) = AlignedSum(a, b);
        return RoundDirected(sum, exponent, precisionBits, direction);
    }

    /// <summary>a − b rounded in <paramref name="direction"/> to <paramref name="precisionBits"/> bits.</summary>
    public static HighPrecisionReal Subtract(HighPrecisionReal a, HighPrecisionReal b, int precisionBits, RoundingDirection direction) =>
        Add(a, -b, precisionBits, direction);

    /// <summary>a × b rounded in <paramref name="direction"/> to <paramref name="precisionBits"/> bits (exact for <see cref="Exact"/>).</summary>
    public static HighPrecisionReal Multiply(HighPrecisionReal a, HighPrecisionReal b, int precisionBits, RoundingDirection direction) =>
        RoundDirected(a.Mantissa * b.Mantissa, checked(a.Exponent + b.Exponent), precisionBits, direction);

    /// <summary>a / b rounded in <paramref name="direction"/> to <paramref name="precisionBits"/> bits.</summary>
    /// <exception cref="DivideByZeroException">When <paramref name="b"/> is 0.</exception>
    public static HighPrecisionReal Divide(HighPrecisionReal a, HighPrecisionReal b, int precisionBits, RoundingDirection direction)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("High-precision division by zero.");
        }

        return DivideIntegersDirected(a.Mantissa, b.Mantissa, checked(a.Exponent - b.Exponent), precisionBits, direction);
    }

    /// <summary>The rational <paramref name="value"/> rounded in <paramref name="direction"/> to <paramref name="precisionBits"/> bits.</summary>
    /// <exception cref="ArgumentException">For NaN or an infinity (a zero denominator).</exception>
    public static HighPrecisionReal FromFraction(Fraction value, int precisionBits, RoundingDirection direction)
    {
        if (value.Denominator.IsZero)
        {
            throw new ArgumentException($"{value} is not a finite rational.", nameof(value));
        }

        var numerator = value.Denominator.Sign < 0 ? -value.Numerator : value.Numerator;
        return DivideIntegersDirected(numerator, BigInteger.Abs(value.Denominator), 0, precisionBits, direction);
    }

    /// <summary>This value rounded in <paramref name="direction"/> to <paramref name="bits"/> significant bits.</summary>
    public HighPrecisionReal WithPrecision(int bits, RoundingDirection direction) => RoundDirected(Mantissa, Exponent, bits, direction);

    /// <summary>m × 2^e exactly, at <paramref name="precisionBits"/> (which must hold m).</summary>
    public static HighPrecisionReal FromMantissaAndExponent(BigInteger mantissa, long exponent, int precisionBits, RoundingDirection direction) =>
        RoundDirected(mantissa, exponent, precisionBits, direction);

    /// <summary>x × 2^<paramref name="power"/>, exact.</summary>
    public static HighPrecisionReal ScaleByPowerOfTwo(HighPrecisionReal x, long power) =>
        x.IsZero ? x : new HighPrecisionReal(x.Mantissa, checked(x.Exponent + power), x.PrecisionBits);

    // Rounds m·2^e to at most `precision` bits toward −∞ (Down) or +∞ (Up) (see RoundMantissa); at
    // Exact, the result carries the bits its mantissa has, and at least the default precision.
    private static HighPrecisionReal RoundDirected(BigInteger mantissa, long exponent, int precision, RoundingDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precision, 2);
        if (mantissa.IsZero)
        {
            return new HighPrecisionReal(BigInteger.Zero, 0, precision == Exact ? DefaultPrecisionBits : precision);
        }

        var (rounded, roundedExponent) = RoundMantissa(mantissa, exponent, precision, direction);
        var keptPrecision = precision == Exact ? Math.Max(DefaultPrecisionBits, (int)Math.Min(int.MaxValue - 1, (long)BigInteger.Abs(rounded).GetBitLength())) : precision;
        return new HighPrecisionReal(rounded, roundedExponent, keptPrecision);
    }

    // A quotient in a direction (see DivideIntegers), at a finite precision.
    private static HighPrecisionReal DivideIntegersDirected(BigInteger numerator, BigInteger denominator, long exponent, int precision, RoundingDirection direction)
    {
        if (precision == Exact)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), "A quotient is not exact in binary in general: give a finite precision.");
        }

        return DivideIntegers(numerator, denominator, exponent, precision, direction);
    }
}
