namespace Verification.Numerics.Tests.Reference;

/// <summary>
/// A reference value Mantissa·2^Exponent: the double-double mantissa stays in the normal range, so
/// subnormal results (and values far below them) are represented without loss.
/// </summary>
internal readonly record struct ExactValue(DoubleDouble Mantissa, int Exponent)
{
    public static ExactValue Zero { get; } = new(DoubleDouble.Zero, 0);

    public static ExactValue NegativeInfinity { get; } = new(new DoubleDouble(double.NegativeInfinity, 0), 0);

    public static implicit operator ExactValue(DoubleDouble value) => new(value, 0);

    public static ExactValue operator -(ExactValue value) => value with { Mantissa = -value.Mantissa };

    public bool IsZero => Mantissa.Hi == 0;

    public double ToDouble() => Math.ScaleB(Mantissa.Hi, Exponent) + Math.ScaleB(Mantissa.Lo, Exponent);
}
