using System.Collections.Immutable;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// The one loop behind adding polynomials, adding exponential polynomials and multiplying monomials:
/// merge two lists sorted by the same order, combining entries with equal keys.
/// </summary>
internal static class SortedMerge
{
    /// <param name="first">A list sorted by <paramref name="compare"/>.</param>
    /// <param name="second">Another list sorted the same way.</param>
    /// <param name="compare">The order both lists are sorted by; 0 means "same key".</param>
    /// <param name="combine">Combines two entries with the same key; null drops the key (a zero sum).</param>
    public static ImmutableArray<T> Merge<T>(ImmutableArray<T> first, ImmutableArray<T> second, Func<T, T, int> compare, Func<T, T, T?> combine)
        where T : struct
    {
        var builder = ImmutableArray.CreateBuilder<T>(first.Length + second.Length);
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            var order = compare(first[i], second[j]);
            if (order < 0)
            {
                builder.Add(first[i++]);
            }
            else if (order > 0)
            {
                builder.Add(second[j++]);
            }
            else
            {
                if (combine(first[i], second[j]) is { } combined)
                {
                    builder.Add(combined);
                }

                i++;
                j++;
            }
        }

        while (i < first.Length)
        {
            builder.Add(first[i++]);
        }

        while (j < second.Length)
        {
            builder.Add(second[j++]);
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }
}
