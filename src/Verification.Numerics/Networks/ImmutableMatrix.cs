using System.Collections.Immutable;

namespace Verification.Numerics.Networks;

/// <summary>An immutable row-major matrix, equal to another of the same shape with the same entries.</summary>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record ImmutableMatrix<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly ImmutableArray<T> _values;

    /// <summary>Copies a row-major buffer of <paramref name="rows"/>·<paramref name="columns"/> values.</summary>
    /// <param name="rows">The number of rows (≥ 1).</param>
    /// <param name="columns">The number of columns (≥ 1).</param>
    /// <param name="rowMajorValues">Entry (i, j) at index i·columns + j.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="rowMajorValues"/> does not hold rows·columns values.</exception>
    public ImmutableMatrix(int rows, int columns, ReadOnlySpan<T> rowMajorValues)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if ((long)rows * columns != rowMajorValues.Length)
        {
            ThrowHelper.ThrowShapeMismatch(
                nameof(rowMajorValues), $"A {rows}×{columns} matrix needs {(long)rows * columns} values but {rowMajorValues.Length} were given.");
        }

        Rows = rows;
        Columns = columns;
        _values = [.. rowMajorValues];
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>The entry in row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    /// <param name="row">0-based row.</param>
    /// <param name="column">0-based column.</param>
    public T this[int row, int column] => _values[(row * Columns) + column];

    /// <summary>One row as a span (no copy).</summary>
    /// <param name="row">0-based row.</param>
    /// <returns>The <see cref="Columns"/> entries of the row.</returns>
    public ReadOnlySpan<T> Row(int row) => _values.AsSpan().Slice(row * Columns, Columns);

    /// <summary>All entries, row-major (no copy).</summary>
    /// <returns>A read-only view of the Rows·Columns entries.</returns>
    public ReadOnlySpan<T> AsSpan() => _values.AsSpan();

    /// <summary>Shape and entry-wise equality (NaN equals NaN, as in <see cref="IEquatable{T}"/>).</summary>
    /// <param name="other">The matrix to compare with.</param>
    /// <returns>True when both have the same shape and entries.</returns>
    public bool Equals(ImmutableMatrix<T>? other) =>
        other is not null && Rows == other.Rows && Columns == other.Columns && AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Rows);
        hash.Add(Columns);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
