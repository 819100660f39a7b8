using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>
/// How the case and results files spell a number so that reading it back gives the same bits. A finite value is a
/// JSON number: the shortest decimal that parses back to the same value *in the case's precision* (.NET's
/// round-trip formatting of float or double; Python's <c>repr</c> of a float64 is the same idea), with negative
/// zero written <c>-0.0</c> so that readers which turn <c>-0</c> into an integer keep the sign. NaN, +∞ and −∞,
/// which JSON has no numbers for, are the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c> (what
/// System.Text.Json's named literals and Python's <c>float()</c> accept). Subnormals are ordinary decimals
/// (<c>1E-45</c> is the smallest float).
/// </summary>
/// <remarks>
/// A float case's decimal is the shortest that round-trips through float, not through double: a reader that parses
/// it as a double and then rounds to float (Python's <c>json</c> and <c>numpy.float32</c>) still gets the same
/// float, because a decimal of at most 9 significant digits is never close enough to a midpoint between two floats
/// for the double rounding to cross it (tested on every subnormal and a million random floats). Outputs are read
/// back by parsing the decimal directly in the case's precision (correctly rounded), so a float answer may be
/// written with a double's digits.
/// </remarks>
public static class ProtocolNumbers
{
    /// <summary>The text a value is written as: a JSON number, or a JSON string for NaN and the infinities.</summary>
    public static string Format<T>(T value)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNaN(value))
        {
            return "\"NaN\"";
        }

        if (T.IsInfinity(value))
        {
            return T.IsNegative(value) ? "\"-Infinity\"" : "\"Infinity\"";
        }

        if (T.IsZero(value))
        {
            return T.IsNegative(value) ? "-0.0" : "0";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="Format{T}"/> spells it.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(Format(value), skipInputValidation: true);
    }

    /// <summary>
    /// Reads a number in precision T: a JSON number parsed directly in T (correctly rounded; beyond T's range it is
    /// ±∞), or one of the strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> (also <c>+Infinity</c>,
    /// <c>inf</c>, <c>-inf</c>, <c>nan</c>, any case). Null when the element is neither.
    /// </summary>
    public static T? TryRead<T>(JsonElement element)
        where T : struct, IFloatingPointIeee754<T>
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return T.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                return element.GetString()!.Trim().ToUpperInvariant() switch
                {
                    "NAN" => T.NaN,
                    "INFINITY" or "+INFINITY" or "INF" or "+INF" => T.PositiveInfinity,
                    "-INFINITY" or "-INF" => T.NegativeInfinity,
                    _ => null,
                };
            default:
                return null;
        }
    }
}
