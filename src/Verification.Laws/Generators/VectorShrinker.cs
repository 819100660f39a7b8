using System.Numerics;

namespace Verification.Laws.Generators;

/// <summary>
/// Shrinks a failing row towards a small one by halves first (cheap on wide rows) and then by single entries
/// once the row is short, keeping at least one finite entry so the shrunk row is still a softmax input.
/// </summary>
internal static class VectorShrinker
{
    private const int SingleRemovalWidth = 16;

    public static IEnumerable<T[]> Shrink<T>(T[] row)
        where T : IFloatingPointIeee754<T>
    {
        var candidates = new List<T[]>();
        if (row.Length >= 2)
        {
            candidates.Add(row[..(row.Length / 2)]);
            candidates.Add(row[(row.Length / 2)..]);
        }

        if (row.Length is > 1 and <= SingleRemovalWidth)
        {
            for (var i = 0; i < row.Length; i++)
            {
                candidates.Add([.. row[..i], .. row[(i + 1)..]]);
            }
        }

        return candidates.Where(static candidate => candidate.Any(T.IsFinite));
    }
}
