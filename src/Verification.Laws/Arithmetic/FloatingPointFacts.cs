namespace Verification.Laws.Arithmetic;

/// <summary>
/// The constants of a binary floating-point format that error bounds are written in, as doubles so that
/// bounds for float and double kernels are computed the same way.
/// </summary>
internal static class FloatingPointFacts<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Machine epsilon ε = ulp(1) = 2u: 2⁻²³ for float, 2⁻⁵² for double.</summary>
    public static readonly double MachineEpsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);

    /// <summary>Smallest positive subnormal: 2⁻¹⁴⁹ for float, 2⁻¹⁰⁷⁴ for double (.NET calls it Epsilon).</summary>
    public static readonly double SmallestSubnormal = double.CreateTruncating(T.Epsilon);

    /// <summary>
    /// Smallest positive normal number, 2⁻¹²⁶ or 2⁻¹⁰²²; below it results lose relative precision, so
    /// every bound below carries this as an absolute floor.
    /// </summary>
    public static readonly double SmallestNormal = SmallestSubnormal / MachineEpsilon;

    /// <summary>Largest finite value.</summary>
    public static readonly double MaxValue = double.CreateTruncating(T.BitDecrement(T.PositiveInfinity));

    /// <summary>
    /// |t| beyond which exp(−|t|) underflows to zero: −ln(smallest subnormal) ≈ 103.3 (float), 744.4 (double).
    /// Exponent arguments beyond it contribute nothing, so bounds cap them here (and never multiply ∞ by 0).
    /// </summary>
    public static readonly double UnderflowExponent = -Math.Log(SmallestSubnormal);

    /// <summary>Which format this is.</summary>
    public static readonly Precision Precision = typeof(T) == typeof(float) ? Precision.SinglePrecision
        : typeof(T) == typeof(double) ? Precision.DoublePrecision
        : throw new NotSupportedException($"Laws are stated for float and double, not {typeof(T).Name}.");
}
