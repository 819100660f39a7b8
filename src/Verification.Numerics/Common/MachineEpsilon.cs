namespace Verification.Numerics.Common;

/// <summary>
/// Machine epsilon ε = ulp(1), the gap between 1 and the next representable number: 2⁻²³ for float,
/// 2⁻⁵² for double. Not <c>T.Epsilon</c>, which in .NET is the smallest subnormal; tolerances written
/// as multiples of ε need this one.
/// </summary>
internal static class MachineEpsilon
{
    /// <summary>ε of <typeparamref name="T"/>, derived from the format rather than written as a literal.</summary>
    /// <typeparam name="T">float or double (any IEEE type).</typeparam>
    /// <returns>The distance from 1 to the next larger value of <typeparamref name="T"/>.</returns>
    public static T Of<T>()
        where T : IFloatingPointIeee754<T> => T.BitIncrement(T.One) - T.One;
}
