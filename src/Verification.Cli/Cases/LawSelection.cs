using Verification.Laws;

namespace Verification.Cli.Cases;

/// <summary>
/// The laws <c>verification cases --laws</c> names: a law's id (<c>softmax-shift-invariance</c>) selects it in
/// both precisions, its full name (<c>softmax-shift-invariance (float)</c>) one of them; no names select the catalog.
/// </summary>
internal static class LawSelection
{
    /// <summary>The selected laws in catalog order, or the names that match no law.</summary>
    public static (IReadOnlyList<ILaw> Laws, IReadOnlyList<string> Unknown) Of(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return (LawCatalog.All, []);
        }

        var unknown = names.Where(static name => !LawCatalog.All.Any(law => Matches(law, name))).ToList();
        return ([.. LawCatalog.All.Where(law => names.Any(name => Matches(law, name)))], unknown);
    }

    private static bool Matches(ILaw law, string name) =>
        string.Equals(law.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(law.Name, name, StringComparison.OrdinalIgnoreCase);
}
