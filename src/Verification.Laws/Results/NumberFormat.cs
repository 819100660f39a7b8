using System.Globalization;

namespace Verification.Laws.Results;

/// <summary>Round-trippable, culture-invariant rendering of numbers so a printed counterexample can be replayed.</summary>
internal static class NumberFormat
{
    private const int ShownEntries = 12;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Short vectors in full; long ones as their first and last entries and the width.</summary>
    public static string Vector(IReadOnlyList<double> values)
    {
        if (values.Count <= ShownEntries)
        {
            return "[" + string.Join(", ", values.Select(Number)) + "]";
        }

        var head = values.Take(ShownEntries - 2).Select(Number);
        var tail = values.Skip(values.Count - 2).Select(Number);
        return $"[{string.Join(", ", head)}, …, {string.Join(", ", tail)}] ({values.Count} entries)";
    }
}
