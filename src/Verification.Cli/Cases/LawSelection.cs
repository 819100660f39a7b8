using Verification.Laws;

namespace Verification.Cli.Cases;

/// <summary>
/// The laws <c>verification cases --laws</c> names: a law's id (<c>softmax-shift-invariance</c>) selects it in
/// both precisions, its full name (<c>softmax-shift-invariance (float)</c>) one of them; no names select the catalog.
/// <c>--precision float</c> (or <c>double</c>) then keeps the laws of that precision only.
/// </summary>
internal static class LawSelection
{
    /// <summary>The selected laws in catalog order, or the names that match no law.</summary>
    public static (IReadOnlyList<ILaw> Laws, IReadOnlyList<string> Unknown) Of(IReadOnlyList<string> names, CasePrecision precision = CasePrecision.Both)
    {
        var unknown = names.Where(static name => !LawCatalog.All.Any(law => Matches(law, name))).ToList();
        var named = names.Count == 0 ? LawCatalog.All : LawCatalog.All.Where(law => names.Any(name => Matches(law, name)));
        return ([.. named.Where(law => OfPrecision(law, precision))], unknown);
    }

    private static bool OfPrecision(ILaw law, CasePrecision precision) => precision switch
    {
        CasePrecision.Float => law.Precision == Precision.SinglePrecision,
        CasePrecision.Double => law.Precision == Precision.DoublePrecision,
        _ => true,
    };

    private static bool Matches(ILaw law, string name) =>
        string.Equals(law.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(law.Name, name, StringComparison.OrdinalIgnoreCase);
}
