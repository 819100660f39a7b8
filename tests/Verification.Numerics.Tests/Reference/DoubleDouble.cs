namespace Verification.Numerics.Tests.Reference;

/// <summary>
/// A double-double number Hi + Lo with |Lo| ≤ ½ ulp(Hi): about 106 significant bits, the
/// independent higher-precision reference for the double kernels (Dekker 1971; Hida, Li and Bailey,
/// "QD library", 2001). Built from error-free transformations only, so it shares no code or algorithm
/// with the kernels under test.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    /// <summary>ln 2 = 0.693147180559945309417232121458176568… as a double-double.</summary>
    public static readonly DoubleDouble Ln2 = new(6.931471805599452862e-01, 2.319046813846299558e-17);

    public static readonly DoubleDouble Zero = new(0, 0);

    public static readonly DoubleDouble One = new(1, 0);

    public static implicit operator DoubleDouble(double value) => new(value, 0);

    public static DoubleDouble operator -(DoubleDouble value) => new(-value.Hi, -value.Lo);

    public static DoubleDouble operator +(DoubleDouble left, DoubleDouble right)
    {
        var (sum, error) = TwoSum(left.Hi, right.Hi);
        var (lowSum, lowError) = TwoSum(left.Lo, right.Lo);
        error += lowSum;
        (sum, error) = QuickTwoSum(sum, error);
        error += lowError;
        return Normalize(sum, error);
    }

    public static DoubleDouble operator -(DoubleDouble left, DoubleDouble right) => left + (-right);

    public static DoubleDouble operator *(DoubleDouble left, DoubleDouble right)
    {
        var (product, error) = TwoProduct(left.Hi, right.Hi);
        error += (left.Hi * right.Lo) + (left.Lo * right.Hi);
        return Normalize(product, error);
    }

    public static DoubleDouble operator /(DoubleDouble left, DoubleDouble right)
    {
        var first = left.Hi / right.Hi;
        var remainder = left - (right * first);
        var second = remainder.Hi / right.Hi;
        remainder -= right * second;
        var third = remainder.Hi / right.Hi;
        return Normalize(first, second) + third;
    }

    public static bool operator <(DoubleDouble left, DoubleDouble right) =>
        left.Hi < right.Hi || (left.Hi == right.Hi && left.Lo < right.Lo);

    public static bool operator >(DoubleDouble left, DoubleDouble right) => right < left;

    public static bool operator <=(DoubleDouble left, DoubleDouble right) => !(right < left);

    public static bool operator >=(DoubleDouble left, DoubleDouble right) => !(left < right);

    /// <summary>The exact difference of two doubles (Knuth's TwoSum), finite inputs only.</summary>
    public static DoubleDouble Difference(double left, double right)
    {
        var (sum, error) = TwoSum(left, -right);
        return new DoubleDouble(sum, error);
    }

    public static DoubleDouble ScaleB(DoubleDouble value, int exponent) =>
        new(Math.ScaleB(value.Hi, exponent), Math.ScaleB(value.Lo, exponent));

    public static DoubleDouble Abs(DoubleDouble value) => value.Hi < 0 ? -value : value;

    /// <summary>
    /// e^x = mantissa·2^exponent with the mantissa in [½, 2], so values far outside the double range
    /// (subnormal results, or below them) stay exact. Reduction x = n·ln2 + r, r = r′·2⁵, a Taylor
    /// series for e^(r′) (|r′| ≤ 0.011, terms to 10⁻³⁶), then five squarings, each of which doubles
    /// the relative error: about 2⁻⁹⁹ in all.
    /// </summary>
    public static (DoubleDouble Mantissa, int Exponent) ExpParts(DoubleDouble x)
    {
        var n = (int)Math.Round(x.Hi / Ln2.Hi);
        var reduced = ScaleB(x - (Ln2 * n), -5);
        DoubleDouble sum = One, term = One;
        for (var k = 1; k < 30; k++)
        {
            term = term * reduced / k;
            sum += term;
            if (Math.Abs(term.Hi) < 1e-36)
            {
                break;
            }
        }

        for (var squaring = 0; squaring < 5; squaring++)
        {
            sum *= sum;
        }

        return (sum, n);
    }

    /// <summary>e^x for results in the normal double range.</summary>
    public static DoubleDouble Exp(DoubleDouble x)
    {
        var (mantissa, exponent) = ExpParts(x);
        return ScaleB(mantissa, exponent);
    }

    /// <summary>log a for a &gt; 0: two Newton steps y ← y + a·e^(−y) − 1 from the double logarithm.</summary>
    public static DoubleDouble Log(DoubleDouble a)
    {
        DoubleDouble y = Math.Log(a.Hi);
        for (var step = 0; step < 2; step++)
        {
            y = y + (a * Exp(-y)) - One;
        }

        return y;
    }

    public double ToDouble() => Hi + Lo;

    private static DoubleDouble Normalize(double hi, double lo)
    {
        var (sum, error) = QuickTwoSum(hi, lo);
        return new DoubleDouble(sum, error);
    }

    private static (double Sum, double Error) TwoSum(double a, double b)
    {
        var sum = a + b;
        var bPart = sum - a;
        return (sum, (a - (sum - bPart)) + (b - bPart));
    }

    private static (double Sum, double Error) QuickTwoSum(double a, double b)
    {
        var sum = a + b;
        return (sum, b - (sum - a));
    }

    private static (double Product, double Error) TwoProduct(double a, double b)
    {
        var product = a * b;
        return (product, Math.FusedMultiplyAdd(a, b, -product));
    }
}
