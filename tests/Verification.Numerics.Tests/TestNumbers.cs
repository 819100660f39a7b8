using System.Numerics;

namespace Verification.Numerics.Tests;

/// <summary>Small helpers that let one generic test body run for float and double.</summary>
internal static class TestNumbers
{
    public static T Of<T>(double value)
        where T : IFloatingPointIeee754<T> => T.CreateTruncating(value);

    public static T[] Array<T>(params double[] values)
        where T : IFloatingPointIeee754<T> => values.Select(Of<T>).ToArray();

    public static double[] Widen<T>(ReadOnlySpan<T> values)
        where T : IFloatingPointIeee754<T>
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateTruncating(values[i]);
        }

        return result;
    }

    /// <summary>Lengths around every vector width and unroll boundary (16/8 lanes, four at a time), plus long rows.</summary>
    public static TheoryData<int> Lengths() =>
        [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 1031];
}
