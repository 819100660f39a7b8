using System.Globalization;

namespace Verification.Laws.Generators;

/// <summary>A batch of <paramref name="Rows"/> rows of logits of one <paramref name="Width"/>, stored row-major.</summary>
/// <param name="Rows">Number of rows.</param>
/// <param name="Width">Entries per row.</param>
/// <param name="Values">Rows × Width values, row-major.</param>
public sealed record LogitBatch<T>(int Rows, int Width, T[] Values)
{
    /// <summary>Row <paramref name="index"/> as a fresh array.</summary>
    public T[] Row(int index) => Values.AsSpan(index * Width, Width).ToArray();

    /// <summary>Every row, in order: laws check a batch by checking each of its rows.</summary>
    public IEnumerable<T[]> EnumerateRows() => Enumerable.Range(0, Rows).Select(Row);

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rows}×{Width} batch: {string.Join(" | ", EnumerateRows().Select(static r => string.Join(", ", r)))}");
}
