using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Recognition;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Claims;

/// <summary>The rule sets read the layers the recognisers wrote on the Document, once per report.</summary>
public class ReportContextTests
{
    private const string Text = "قال المرصد السوري إن 12 مدنياً قتلوا في قصف على مدينة دوما أمس، فيما خرجت 5 حافلات من حلب.";

    [Fact]
    public void TheRecognisersFillTheDocumentLayersOnceAndTheContextReadsThem()
    {
        var doc = new Document(Text);
        var info = new ReportInfo("r1", null, null, new DateOnly(2018, 3, 20), "ar");
        var first = new ReportContext(doc, ExtractionResources.Default, info);
        Assert.Equal(7, doc.Layers.Count);
        Assert.Same(doc.Layers.Get<IReadOnlyList<QuantityMention>>(), first.Quantities);
        Assert.Same(doc.Layers.Get<IReadOnlyList<PlaceMention>>(), first.Places);
        Assert.Same(doc.Layers.Get<Attributor>(), first.Attributor);
        Assert.Contains(first.Quantities, q => q.Quantity.Best == 12);
        Assert.Contains(first.Places, p => p.Place.Name == "Douma");

        // A second reader of the same document recognises nothing again: it gets the same layers.
        var second = new ReportContext(doc, ExtractionResources.Default, info);
        Assert.Equal(7, doc.Layers.Count);
        Assert.Same(first.Quantities, second.Quantities);
        Assert.Same(first.Cues, second.Cues);
        Assert.Same(first.Actors, second.Actors);
    }
}
