import NewsUI
