"""The word lists the distilling scripts share: the SCOWL lists and stop words the matcher ships."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "ChatBot.Core", "Matching", "Lexicon")


def words(name):
    return {w.strip() for w in open(os.path.join(LEXICON, name)) if not w.startswith("#")}


english = words("english-common.txt") | words("english-known.txt")
stop = {w for line in open(os.path.join(LEXICON, "stopwords.txt")) if not line.startswith("#") for w in line.split()}
