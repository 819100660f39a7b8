using System.Globalization;
using System.Numerics;
using System.Text;

namespace Verification.Symbolic.Evaluation;

/// <content>Conversion to double and to decimal text.</content>
public readonly partial struct HighPrecisionReal
{
    /// <summary>
    /// The nearest double (ties to even), ±∞ beyond the double range, and a (possibly subnormal)
    /// small value or ±0 below it.
    /// </summary>
    public double ToDouble()
    {
        if (IsZero)
        {
            return 0.0;
        }

        const int KeptBits = 54;
        var magnitude = BigInteger.Abs(Mantissa);
        var length = (long)magnitude.GetBitLength();
        var exponent = Exponent;
        if (length > KeptBits)
        {
            // Keep 54 bits plus a sticky bit for everything dropped, so the final rounding to 53 bits
            // in the long → double conversion sees a tie only when there is one.
            var shift = (int)(length - KeptBits);
            var kept = magnitude >> shift;
            var sticky = (kept << shift) == magnitude ? 0 : 1;
            magnitude = (kept << 1) | sticky;
            exponent += shift - 1;
        }

        var topBit = exponent + (long)magnitude.GetBitLength();
        if (topBit > 1100)
        {
            return Sign * double.PositiveInfinity;
        }

        if (topBit < -1100)
        {
            return Sign * 0.0;
        }

        return Sign * Math.ScaleB((double)(long)magnitude, (int)exponent);
    }

    /// <summary>
    /// Invariant scientific notation with <paramref name="significantDigits"/> correctly rounded
    /// significant digits: <c>-1.2345E-7</c>, <c>2.7182818E+0</c>, <c>0.000E+0</c>.
    /// </summary>
    public string ToString(int significantDigits) => ToString(significantDigits, direction: null);

    /// <summary>
    /// Like <see cref="ToString(int)"/>, but rounded toward −∞ or +∞: a decimal text that is a
    /// lower (or upper) bound of this value.
    /// </summary>
    public string ToString(int significantDigits, RoundingDirection direction) => ToString(significantDigits, (RoundingDirection?)direction);

    private string ToString(int significantDigits, RoundingDirection? direction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        if (IsZero)
        {
            return Format(new string('0', significantDigits), 0, negative: false);
        }

        var magnitude = BigInteger.Abs(Mantissa);

        // Estimate the decimal exponent from the binary one, then correct it by at most a step or two.
        var decimalExponent = (long)Math.Floor(BigInteger.Log10(magnitude) + (Exponent * Math.Log10(2)));
        while (true)
        {
            // The magnitude rounds away from zero when the direction points away from zero.
            bool? awayFromZero = direction is null ? null : (direction == RoundingDirection.Up) == (Sign > 0);
            var digits = ScaledDigits(magnitude, Exponent, significantDigits - 1 - decimalExponent, awayFromZero);
            if (digits >= BigInteger.Pow(10, significantDigits))
            {
                decimalExponent++;
            }
            else if (digits < BigInteger.Pow(10, significantDigits - 1))
            {
                decimalExponent--;
            }
            else
            {
                return Format(digits.ToString(CultureInfo.InvariantCulture), decimalExponent, Sign < 0);
            }
        }
    }

    /// <summary>All the decimal digits the precision holds, in the format of <see cref="ToString(int)"/>.</summary>
    public override string ToString() => ToString(DecimalDigitsForPrecisionBits(PrecisionBits));

    // round(m · 2^binaryExponent · 10^decimalShift) exactly: to nearest with ties to even, or, when
    // awayFromZero is given, truncated (false) or raised to the next integer (true) if inexact.
    private static BigInteger ScaledDigits(BigInteger magnitude, long binaryExponent, long decimalShift, bool? awayFromZero)
    {
        var numerator = magnitude;
        var denominator = BigInteger.One;
        if (binaryExponent >= 0)
        {
            numerator <<= (int)binaryExponent;
        }
        else
        {
            denominator <<= (int)-binaryExponent;
        }

        if (decimalShift >= 0)
        {
            numerator *= BigInteger.Pow(10, (int)decimalShift);
        }
        else
        {
            denominator *= BigInteger.Pow(10, (int)-decimalShift);
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (awayFromZero is { } away)
        {
            return away && !remainder.IsZero ? quotient + BigInteger.One : quotient;
        }

        var twice = remainder << 1;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += BigInteger.One;
        }

        return quotient;
    }

    private static string Format(string digits, long decimalExponent, bool negative)
    {
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }

        text.Append(digits[0]);
        if (digits.Length > 1)
        {
            text.Append('.').Append(digits, 1, digits.Length - 1);
        }

        text.Append('E').Append(decimalExponent < 0 ? '-' : '+');
        text.Append(Math.Abs(decimalExponent).ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
