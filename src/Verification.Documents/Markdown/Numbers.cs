using System.Globalization;

namespace Verification.Documents.Markdown;

/// <summary>
/// Numbers as documents print them: doubles round-trip exact ("R", invariant culture) so a value in
/// a table can be pasted back and gives the same bits; counts in the invariant culture. Exact
/// rationals are <c>RationalText</c>'s job (Symbolic), shared with the printers and the CLI.
/// </summary>
public static class Numbers
{
    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
