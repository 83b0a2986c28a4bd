using ChatBot.Core.Curation.Transfer;
using ChatBot.Telegram.Texts.Curation;

namespace ChatBot.Curation.Tests.Replies;

public sealed class CountWordingTests
{
    [Fact]
    public void One_of_anything_is_singular_in_the_import_and_export_replies()
    {
        var imported = ReportReplies.Imported(CuratorTexts.English, new ImportSummary(1, 1, 0, 2, 1, ["a"], []));
        var exported = ReportReplies.Exported(CuratorTexts.English, new ExportFile("x.json", "{}", 1, 1, 1));

        Assert.StartsWith("Import done: 1 source added, 1 fact added, 0 updated, 2 unchanged, 1 synonym group added.", imported, StringComparison.Ordinal);
        Assert.StartsWith("Store export: 1 source, 1 fact, 1 synonym group.", exported, StringComparison.Ordinal);
        Assert.StartsWith("Store export: 2 sources, 0 facts, 3 synonym groups.", ReportReplies.Exported(CuratorTexts.English, new ExportFile("x.json", "{}", 2, 0, 3)), StringComparison.Ordinal);
    }
}
